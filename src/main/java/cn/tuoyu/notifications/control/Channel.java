package cn.tuoyu.notifications.control;

import cn.tuoyu.notifications.entity.ChannelKind;

/**
 * A way out to a person (e-mail, SMS; a WeChat subscription message would be another): sends one message or throws
 * with a reason that holds no personal data. A channel that is not configured is off, and no delivery is written
 * for it.
 */
public interface Channel {

    ChannelKind kind();

    boolean enabled();

    void send(Message message) throws DeliveryFailedException;
}
