package cn.tuoyu.guidance.control;

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

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.VisitState;

/**
 * A resident's parent classes and scheduled home visits as an iCalendar feed (RFC 5545) in China time: events carry
 * TZID=Asia/Shanghai with a VTIMEZONE written into the feed (UTC+8, no daylight saving), so calendars need no
 * download. Cancelled bookings and visits do not appear; a visit shows no address.
 */
@ApplicationScoped
@Transactional
public class FamilyCalendar {

    public static final String TZID = "Asia/Shanghai";

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

    private static TimezoneAssignment china() {
        VTimezone zone = new VTimezone(TZID);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 8, 0));
        standard.addTimezoneName("CST");
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(Age.CHINA), zone);
    }
}
