package cn.tuoyu.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import cn.tuoyu.notifications.entity.ChannelKind;
import cn.tuoyu.notifications.entity.NoticeKind;

class EmailChannelTest {

    private static Message offer(String locale) {
        Map<String, String> params = Map.of("child", "王*明", "class", "科学喂养", "at", "2026-12-06 09:30",
                "deadline", "2026-12-05 21:30");
        return new Message(UUID.randomUUID(), ChannelKind.EMAIL, "0123456789abcdef0123456789abcdef",
                "parent@example.com", locale, NoticeKind.WAITLIST_OFFER, NoticeKind.WAITLIST_OFFER.title(locale),
                NoticeKind.WAITLIST_OFFER.body(locale, params), "https://tuoyu.example/#/waitlist", params,
                "https://tuoyu.example/#/unsubscribe?token=abc.def");
    }

    @Test
    void theMessageCarriesTheDeliveryKeyAsMessageIdTheTitleAsSubjectAndAnUnsubscribeLink() throws Exception {
        MimeMessage mail = EmailChannel.compose(Session.getInstance(new Properties()), "noreply@tuoyu.example",
                offer("zh-CN"));
        mail.saveChanges();
        assertEquals("<0123456789abcdef0123456789abcdef@notifications.tuoyu>", mail.getMessageID(),
                "the same on every attempt, so a receiver can tell a resend");
        assertEquals("候补名额待确认", mail.getSubject());
        assertEquals("<https://tuoyu.example/#/unsubscribe?token=abc.def>", mail.getHeader("List-Unsubscribe")[0]);
        String text = (String) mail.getContent();
        assertTrue(text.contains("为王*明空出一个名额"), text);
        assertTrue(text.contains("在应用中查看：https://tuoyu.example/#/waitlist"), text);
        assertTrue(text.contains("不再接收非必要的邮件：https://tuoyu.example/#/unsubscribe?token=abc.def"), text);

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        String wire = raw.toString(StandardCharsets.US_ASCII);
        assertTrue(wire.contains("Subject: =?UTF-8?"), "the Chinese subject is encoded as UTF-8: " + wire);
        assertFalse(wire.contains("王"), "nothing unencoded on the wire");
    }

    @Test
    void anEnglishReaderGetsEnglishAroundTheText() throws Exception {
        String text = EmailChannel.text(offer("en"));
        assertTrue(text.startsWith("A seat in “科学喂养”"), text);
        assertTrue(text.contains("Open in the app: https://tuoyu.example/#/waitlist"), text);
        assertTrue(text.contains("Stop e-mails that are not essential: "), text);
    }
}
