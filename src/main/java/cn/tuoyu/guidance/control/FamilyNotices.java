package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;

/**
 * Tells a child's guardians what guidance did about the child, in the transaction of the change (the notifications
 * outbox): the masked name and the guardians are the families feature's answer; an unknown or anonymised child has
 * nobody to tell. Classes are named by topic and China start time; visits by their scheduled time.
 */
@ApplicationScoped
class FamilyNotices {

    @Inject
    ChildDirectory children;

    @Inject
    Notifications notifications;

    /** Of a class the child has a seat in, is offered one in, or waits for. */
    void aboutClass(UUID childId, ParentClass clazz, NoticeKind kind, String eventKey, Instant deadline) {
        Map<String, String> params = new HashMap<>(Map.of("class", clazz.topic(), "at",
                Notice.chinaTime(clazz.startsAt())));
        if (deadline != null) {
            params.put("deadline", Notice.chinaTime(deadline));
        }
        tell(childId, kind, eventKey, params, "/bookings", deadline != null, deadline, clazz.districtCode());
    }

    /** Of the child's home visit; {@code at} is its scheduled start when it has one. */
    void aboutVisit(HomeVisit visit, NoticeKind kind, String eventKey) {
        Map<String, String> params = visit.scheduled() == null
                ? Map.of()
                : Map.of("at", Notice.chinaTime(visit.scheduled().start()));
        tell(visit.childId(), kind, eventKey, params, "/visits", false, null, visit.districtCode());
    }

    private void tell(UUID childId, NoticeKind kind, String eventKey, Map<String, String> params, String link,
            boolean essential, Instant deadline, String district) {
        children.facts(childId).ifPresent(child -> {
            Map<String, String> all = new HashMap<>(params);
            all.put("child", child.maskedName());
            notifications.tell(new Notice(Recipients.people(children.guardiansOf(childId)), kind, eventKey, all,
                    link, essential, deadline, district, childId));
        });
    }
}
