package cn.tuoyu.guidance.control;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.guidance.entity.ParentClass;
import cn.tuoyu.guidance.entity.WaitlistEntry;
import cn.tuoyu.guidance.entity.WaitlistState;

/** A child's place on a class's waitlist as its family sees it; position counts from 1 while waiting, else 0. */
public record WaitlistPlace(UUID id, UUID classId, String topic, Instant startsAt, UUID childId, WaitlistState state,
        int position, Instant offerExpiresAt, UUID bookingId) {

    static WaitlistPlace of(WaitlistEntry entry, ParentClass clazz, long position) {
        return new WaitlistPlace(entry.id(), clazz.id(), clazz.topic(), clazz.startsAt(), entry.childId(),
                entry.state(), entry.state() == WaitlistState.WAITING ? (int) position : 0, entry.offerExpiresAt(),
                entry.bookingId());
    }
}
