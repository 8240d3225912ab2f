package cn.tuoyu.guidance.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.TransactionDataSource;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * A resident's parent classes and scheduled home visits as an iCalendar feed (RFC 5545) in China time: events carry
 * TZID=Asia/Shanghai with a VTIMEZONE written into the feed (UTC+8, no daylight saving), so calendars need no
 * download. Cancelled bookings and visits do not appear; a visit shows no address. For calendar apps, which cannot
 * send a bearer token, a resident takes a subscription token (random, 256 bits; only its SHA-256 is stored) that
 * reads the same feed; taking a new one revokes the old.
 */
@ApplicationScoped
@Transactional
public class FamilyCalendar {

    public static final String TZID = ChinaTime.ZONE.getId();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    TransactionDataSource dataSource;

    @Inject
    ClassBookings bookings;

    @Inject
    HomeVisits visits;

    public String ics(String guardian) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//tuoyu//childcare guidance//ZH");
        calendar.setName("育儿指导日程");
        calendar.getTimezoneInfo().setDefaultTimezone(china());
        for (Booking booking : bookings.mine(guardian)) {
            if (booking.state() == BookingState.CANCELLED) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid("class-booking-" + booking.id() + "@tuoyu.cn");
            event.setSummary("家长课堂：" + booking.topic());
            event.setLocation(booking.venue());
            event.setDateStart(Date.from(booking.startsAt()));
            event.setDateEnd(Date.from(booking.endsAt()));
            event.setStatus(Status.confirmed());
            calendar.addEvent(event);
        }
        for (HomeVisit visit : visits.mine(guardian)) {
            if (visit.scheduled() == null || visit.state() == VisitState.CANCELLED) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid("home-visit-" + visit.id() + "@tuoyu.cn");
            event.setSummary("入户指导");
            event.setDateStart(Date.from(visit.scheduled().start()));
            event.setDateEnd(Date.from(visit.scheduled().end()));
            event.setStatus(visit.state() == VisitState.SCHEDULED && visit.familyResponse() == null
                    ? Status.tentative() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** A new subscription token for the resident's feed, replacing any earlier one. */
    public String newSubscription(String guardian) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO "
                + "calendar_feeds (subject, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (subject) "
                + "DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at")) {
            s.setString(1, guardian);
            s.setBytes(2, sha256(token));
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
            return token;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed of the resident holding this subscription token; 404 for an unknown or revoked token. */
    public String subscribed(String token) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT subject "
                + "FROM calendar_feeds WHERE token_hash = ?")) {
            s.setBytes(1, sha256(token));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CalendarFeedNotFoundException();
                }
                return ics(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimezoneAssignment china() {
        VTimezone zone = new VTimezone(TZID);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 8, 0));
        standard.addTimezoneName("CST");
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(ChinaTime.ZONE), zone);
    }
}
