package cn.tuoyu.notifications.boundary;

import cn.tuoyu.notifications.entity.NotificationContact;
import cn.tuoyu.notifications.entity.NotificationPreference;

/**
 * The caller's choices and, masked, the addresses notices go to (null when the token never carried one); essential
 * notices go to every address whatever the choices.
 */
public record PreferencesView(boolean email, boolean sms, boolean nonEssential, String emailAddress, String phone) {

    static PreferencesView of(NotificationPreference p, NotificationContact contact) {
        return new PreferencesView(p.email(), p.sms(), p.nonEssential(),
                contact == null ? null : maskEmail(contact.email()),
                contact == null ? null : maskPhone(contact.phone()));
    }

    /** {@code wang.xiaoming@example.com} becomes {@code w***@example.com}. */
    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
