package cn.tuoyu.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * A person's choices: e-mail, SMS, and notices that are not essential. Without a row everything is on. Essential
 * notices (a waitlist offer's deadline) go to every channel the person can be reached on regardless: missing one
 * costs a seat.
 */
@Entity
@Table(name = "notification_preference")
// decides between two first choices of one person at once: the row exists once, then each change locks it
@NamedNativeQuery(name = NotificationPreference.ENSURE, query = "INSERT INTO notification_preference (subject, "
        + "updated_at) VALUES (?1, ?2) ON CONFLICT (subject) DO NOTHING")
public class NotificationPreference {

    /** Writes a person's row with everything on unless there is one (1: subject, 2: now). */
    public static final String ENSURE = "NotificationPreference.ensure";

    @Id
    private String subject;
    private boolean email = true;
    private boolean sms = true;
    @Column(name = "non_essential")
    private boolean nonEssential = true;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    /** What a person without a row has chosen: everything. */
    public static NotificationPreference everything(String subject) {
        NotificationPreference all = new NotificationPreference();
        all.subject = subject;
        return all;
    }

    public void choose(boolean email, boolean sms, boolean nonEssential, Instant now) {
        this.email = email;
        this.sms = sms;
        this.nonEssential = nonEssential;
        this.updatedAt = now;
    }

    /** The unsubscribe link: no more e-mail that is not essential. */
    public void unsubscribeAt(Instant now) {
        choose(false, sms, nonEssential, now);
    }

    /**
     * Whether a notice goes out on the channel: an essential one always (where the person can be reached), another
     * only if the person wants notices that are not essential and the channel.
     */
    public boolean wants(ChannelKind channel, boolean essential) {
        return essential || nonEssential && (channel == ChannelKind.EMAIL ? email : sms);
    }

    public boolean email() {
        return email;
    }

    public boolean sms() {
        return sms;
    }

    public boolean nonEssential() {
        return nonEssential;
    }
}
