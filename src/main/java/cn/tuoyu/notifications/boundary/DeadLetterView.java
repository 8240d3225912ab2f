package cn.tuoyu.notifications.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.notifications.control.DeadLetters.DeadLetter;

/**
 * A dead delivery as staff see it: which notice and channel, how many attempts, the last error (no personal data)
 * and when; never the recipient's address or the text.
 */
public record DeadLetterView(UUID id, UUID notificationId, String kind, String channel, int attempts,
        String lastError, Instant createdAt, Instant lastAttemptAt) {

    static DeadLetterView of(DeadLetter dead) {
        return new DeadLetterView(dead.delivery().id(), dead.notice().id(), dead.notice().kind().name(),
                dead.delivery().channel().name(), dead.delivery().attempts(), dead.delivery().lastError(),
                dead.delivery().createdAt(), dead.delivery().nextAttemptAt());
    }
}
