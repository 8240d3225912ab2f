package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.guidance.entity.VisitState;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.persistence.InstantConverter;
import cn.tuoyu.platform.time.ChinaTime;

/**
 * The day-before reminders: each live booking of a class, each scheduled home visit, starting tomorrow (China's
 * calendar, as the injected clock says today is). A run locks a chunk not yet reminded that no other transaction holds
 * (SKIP LOCKED) and marks it reminded, so every app instance may run it at once; the notice's event key would keep a
 * second reminder from anyone anyway. A visit moved to another time is reminded of the new one.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    private static final int CHUNK = 200;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    FamilyNotices notices;

    /** Reminds up to one chunk of bookings of classes starting tomorrow; returns how many. */
    public int remindClasses(Instant now) {
        List<?> due = lockTomorrows(Booking.LOCK_TO_REMIND, BookingState.BOOKED.name(), now);
        for (Object id : due) {
            Booking booking = em.find(Booking.class, id);
            booking.remindedAt(now);
            notices.aboutClass(booking.childId(), em.find(ParentClass.class, booking.classId()),
                    NoticeKind.CLASS_REMINDER, "class-reminder:" + booking.id(), null);
        }
        return due.size();
    }

    /** Reminds up to one chunk of home visits scheduled for tomorrow; returns how many. */
    public int remindVisits(Instant now) {
        List<?> due = lockTomorrows(HomeVisit.LOCK_TO_REMIND, VisitState.SCHEDULED.name(), now);
        for (Object id : due) {
            HomeVisit visit = em.find(HomeVisit.class, id, LockModeType.PESSIMISTIC_WRITE);
            visit.reminded();
            notices.aboutVisit(visit, NoticeKind.VISIT_REMINDER,
                    "visit-reminder:" + visit.id() + ":" + visit.scheduled().start().getEpochSecond());
        }
        return due.size();
    }

    private List<?> lockTomorrows(String query, String state, Instant now) {
        LocalDate tomorrow = ChinaTime.dateOf(now).plusDays(1);
        return em.createNamedQuery(query)
                .setParameter(1, InstantConverter.column(tomorrow.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .setParameter(2, InstantConverter.column(tomorrow.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
                .setParameter(3, CHUNK).setParameter(4, state).getResultList();
    }
}
