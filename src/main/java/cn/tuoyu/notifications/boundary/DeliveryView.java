package cn.tuoyu.notifications.boundary;

import java.util.UUID;

import cn.tuoyu.notifications.entity.NotificationDelivery;

/** A delivery after a retry: its state and attempts. */
public record DeliveryView(UUID id, String channel, String state, int attempts) {

    static DeliveryView of(NotificationDelivery d) {
        return new DeliveryView(d.id(), d.channel().name(), d.state().name(), d.attempts());
    }
}
