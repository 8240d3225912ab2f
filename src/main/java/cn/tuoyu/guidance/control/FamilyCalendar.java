package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.util.Date;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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

import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.CalendarFeed;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.platform.persistence.NativeStatements;
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

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ClassBookings bookings;

    @Inject
    HomeVisits visits;

    public String ics(String guardian) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//tuoyu//childcare guidance//ZH");
        calendar.setName("育儿指导日程");
        calendar.getTimezoneInfo().setDefaultTimezone(china());
        for (BookedSeat booking : bookings.mine(guardian)) {
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
                    ? Status.tentative()
                    : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** A new subscription token for the resident's feed, replacing any earlier one. */
    public String newSubscription(String guardian) {
        String token = CalendarFeed.newToken();
        Query upsert = NativeStatements.bound(em, CalendarFeed.UPSERT,
                new CalendarFeed(guardian, token, clock.instant()).upsertParameters());
        upsert.executeUpdate();
        return token;
    }

    /** The feed of the resident holding this subscription token; 404 for an unknown or revoked token. */
    public String subscribed(String token) {
        CalendarFeed feed = em.createNamedQuery(CalendarFeed.BY_TOKEN_HASH, CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token)).getResultStream().findFirst()
                .orElseThrow(CalendarFeedNotFoundException::new);
        return ics(feed.subject());
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
