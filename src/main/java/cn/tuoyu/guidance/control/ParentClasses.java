package cn.tuoyu.guidance.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.families.entity.ListedChild;
import cn.tuoyu.guidance.entity.Booking;
import cn.tuoyu.guidance.entity.BookingAction;
import cn.tuoyu.guidance.entity.BookingState;
import cn.tuoyu.guidance.entity.ClassPlan;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.platform.web.Page;

/** Parent classes: health staff publish them for their district; anyone lists the upcoming ones. */
@ApplicationScoped
@Transactional
public class ParentClasses {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "childcare")
    EntityManager em;

    @Inject
    ChildDirectory children;

    /** Publishes a class of the staff member's district; refuses a class in the past (422). */
    public ParentClass publish(String district, String staffSubject, ClassPlan plan) {
        ParentClass clazz = new ParentClass(district, staffSubject, plan, clock.instant());
        em.persist(clazz);
        em.flush();
        return clazz;
    }

    /** Classes that have not started yet, soonest first, optionally of one district. */
    public Page<ParentClass> upcoming(String district, int page, int size) {
        Instant now = clock.instant();
        TypedQuery<ParentClass> items;
        TypedQuery<Long> count;
        if (district == null) {
            items = em.createNamedQuery(ParentClass.UPCOMING, ParentClass.class);
            count = em.createNamedQuery(ParentClass.COUNT_UPCOMING, Long.class);
        } else {
            items = em.createNamedQuery(ParentClass.UPCOMING_IN_DISTRICT, ParentClass.class)
                    .setParameter("district", district);
            count = em.createNamedQuery(ParentClass.COUNT_UPCOMING_IN_DISTRICT, Long.class)
                    .setParameter("district", district);
        }
        List<ParentClass> found = items.setParameter("now", now).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        TypedQuery<Long> counted = count.setParameter("now", now);
        return Page.of(found, page, size, counted::getSingleResult);
    }

    /** Any published class (public). */
    public ParentClass published(UUID id) {
        return find(id);
    }

    /** A class of the staff member's district, with its bookings; 404 for other districts. */
    public List<Attendee> attendees(String district, UUID classId) {
        ParentClass clazz = ofDistrict(district, classId);
        Instant now = clock.instant();
        return em.createNamedQuery(Booking.LIVE_OF_CLASS, Booking.class).setParameter("class", classId)
                .setParameter("cancelled", BookingState.CANCELLED).getResultList().stream().map(booking -> {
                    ListedChild child = children.listedForDistrict(district, booking.childId(),
                            AccessPurpose.CLASS_ATTENDANCE);
                    return new Attendee(booking.id(), child.id(), child.maskedName(),
                            child.ageInMonths(clazz.startsAt()), booking.state(), child.anonymised(),
                            booking.actionsAt(now, clazz, BookingAction.STAFF));
                }).toList();
    }

    /** The class, or 404. */
    ParentClass find(UUID id) {
        ParentClass clazz = em.find(ParentClass.class, id);
        if (clazz == null) {
            throw new ClassNotFoundException();
        }
        return clazz;
    }

    /** The class if it is of the district; 404 for another district's, as for none. */
    ParentClass ofDistrict(String district, UUID classId) {
        ParentClass clazz = em.find(ParentClass.class, classId);
        if (clazz == null || !clazz.of(district)) {
            throw new ClassNotFoundException();
        }
        return clazz;
    }
}
