package cn.tuoyu.notifications.control;

import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.notifications.entity.ChannelKind;

/**
 * E-mail with Jakarta Mail (Payara Micro ships Eclipse Angus Mail) to the SMTP server configured by
 * {@code app.mail.host} (empty: off), {@code app.mail.port} (25), {@code app.mail.tls} ({@code none},
 * {@code starttls}, {@code smtps}), {@code app.mail.user}, {@code app.mail.password} and {@code app.mail.from}.
 * UTF-8 text; the subject is the kind's title only (never a child's name); the body has the masked name, the text,
 * the link into the app and the unsubscribe link, which also goes as {@code List-Unsubscribe}. The delivery's key is
 * the {@code Message-ID}, the same on every attempt.
 */
@ApplicationScoped
public class EmailChannel implements Channel {

    @Inject
    @ConfigProperty(name = "app.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "app.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "app.mail.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "app.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "app.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "noreply@localhost")
    String from;

    private Session session;
    private String protocol;

    @PostConstruct
    void configure() {
        protocol = "smtps".equals(tls) ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host.orElse("").strip());
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", "5000");
        p.put("mail." + protocol + ".timeout", "10000");
        p.put("mail." + protocol + ".writetimeout", "10000");
        p.put("mail." + protocol + ".auth", String.valueOf(user.filter(u -> !u.isBlank()).isPresent()));
        if ("starttls".equals(tls)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.mime.charset", "UTF-8");
        session = Session.getInstance(p);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(Message message) throws DeliveryFailedException {
        try {
            MimeMessage mail = compose(session, from, message);
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(user.orElse(null), password.orElse(null));
                transport.sendMessage(mail, mail.getAllRecipients());
            }
        } catch (MessagingException e) {
            // the exception's text may name the address: only its kind is kept
            throw new DeliveryFailedException("SMTP: " + e.getClass().getSimpleName()
                    + (e.getNextException() != null ? " / " + e.getNextException().getClass().getSimpleName() : ""));
        }
    }

    /** The message as it is sent: subject the title, text body, stable Message-ID, List-Unsubscribe. */
    static MimeMessage compose(Session session, String from, Message message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session) {

            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + message.key() + "@notifications.tuoyu>");
            }
        };
        mail.setFrom(new InternetAddress(from));
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mail.setSubject(message.title(), "UTF-8");
        mail.setSentDate(new Date());
        mail.setText(text(message), "UTF-8");
        mail.setHeader("List-Unsubscribe", "<" + message.unsubscribeLink() + ">");
        mail.setHeader("Auto-Submitted", "auto-generated");
        return mail;
    }

    static String text(Message message) {
        boolean en = "en".equals(message.locale());
        return message.body() + "\n\n" + (en ? "Open in the app: " : "在应用中查看：") + message.link() + "\n\n"
                + (en ? "Stop e-mails that are not essential: " : "不再接收非必要的邮件：") + message.unsubscribeLink()
                + "\n";
    }
}
