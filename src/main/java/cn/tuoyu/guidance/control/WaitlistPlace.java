package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.guidance.entity.WaitlistAction;
import cn.tuoyu.guidance.entity.WaitlistEntry;
import cn.tuoyu.guidance.entity.WaitlistState;

/**
 * A child's place on a class's waitlist as its family sees it; position counts from 1 while waiting, else 0; with what
 * the family may do with it at the time it was read.
 */
public record WaitlistPlace(UUID id, UUID classId, String topic, Instant startsAt, UUID childId, WaitlistState state,
        int position, Instant offerExpiresAt, UUID bookingId, Set<WaitlistAction> actions) {

    static WaitlistPlace of(WaitlistEntry entry, ParentClass clazz, long position, Instant now) {
        return new WaitlistPlace(entry.id(), clazz.id(), clazz.topic(), clazz.startsAt(), entry.childId(),
                entry.state(), entry.state() == WaitlistState.WAITING ? (int) position : 0, entry.offerExpiresAt(),
                entry.bookingId(), entry.actionsAt(now));
    }
}
