package cn.tuoyu.notifications.entity;

/**
 * Where a delivery is: {@code QUEUED} until due, {@code SENDING} while one app instance holds its lease, then
 * {@code SENT}, or {@code DEAD} after its last attempt (until staff retry it, which queues it again).
 */
public enum DeliveryState {
    QUEUED, SENDING, SENT, DEAD
}
