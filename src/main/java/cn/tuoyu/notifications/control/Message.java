package cn.tuoyu.notifications.control;

import java.util.Map;
import java.util.UUID;

import cn.tuoyu.notifications.entity.ChannelKind;
import cn.tuoyu.notifications.entity.NoticeKind;

/**
 * One delivery as a channel sends it: the stable key of the delivery (the same on a resend), the address, the
 * language, the kind (its title is the e-mail subject; its SMS template), the text, the link into the app, the
 * template parameters and the unsubscribe link.
 */
public record Message(UUID deliveryId, ChannelKind channel, String key, String to, String locale, NoticeKind kind,
        String title,
        String body, String link, Map<String, String> params, String unsubscribeLink) {
}
