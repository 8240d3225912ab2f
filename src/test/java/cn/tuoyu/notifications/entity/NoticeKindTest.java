package cn.tuoyu.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NoticeKindTest {

    private static final Map<String, String> PARAMS = Map.of("child", "王*明", "class", "科学喂养", "at",
            "2026-12-06 09:30", "deadline", "2026-12-05 21:30", "facility", "海门区示例托育园", "batch", "2026年冬季体验券");

    @Test
    void aWaitlistOfferReadsInChineseAndEnglishWithEveryPlaceholderFilled() {
        assertEquals("候补名额待确认", NoticeKind.WAITLIST_OFFER.title("zh-CN"));
        assertEquals("「科学喂养」（2026-12-06 09:30）为王*明空出一个名额，请在 2026-12-05 21:30 前确认，逾期将让给下一位。",
                NoticeKind.WAITLIST_OFFER.body("zh-CN", PARAMS));
        assertEquals("A seat is waiting for you", NoticeKind.WAITLIST_OFFER.title("en"));
        assertEquals("A seat in “科学喂养” (2026-12-06 09:30) is held for 王*明 until 2026-12-05 21:30: accept it "
                + "before then or it passes on.", NoticeKind.WAITLIST_OFFER.body("en", PARAMS));
    }

    @Test
    void everyKindHasBothLanguagesTitlesWithoutPlaceholdersAndBodiesFilledFromKnownParameters() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (String locale : List.of("zh-CN", "en")) {
                assertFalse(kind.title(locale).isBlank(), kind + " " + locale);
                assertFalse(kind.title(locale).contains("{"), "a subject never names a child: " + kind);
                String body = kind.body(locale, PARAMS);
                assertFalse(body.contains("{") || body.contains("}"), kind + " " + locale + ": " + body);
            }
            assertTrue(NoticeKind.PARAMETERS.containsAll(kind.smsParameters()), kind.toString());
            assertEquals("SMS_TUOYU_" + kind.name(), kind.smsTemplate());
            assertTrue(!kind.title("zh-CN").equals(kind.title("en")), kind.toString());
        }
        assertEquals(List.of("class", "at", "child", "deadline"), NoticeKind.WAITLIST_OFFER.smsParameters());
        assertTrue(NoticeKind.BOOKING_CONFIRMED.body("zh-CN", Map.of()).startsWith("已为预约"),
                "a missing value leaves no placeholder");
    }

    @Test
    void aParameterThatLooksLikeAnIdentityNumberOrIsUnknownIsRefused() {
        Map<String, String> withId = new HashMap<>(PARAMS);
        withId.put("child", "王小明 32068420240101123X");
        assertThrows(IllegalArgumentException.class, () -> NoticeKind.checkParameters(withId));
        assertThrows(IllegalArgumentException.class, () -> NoticeKind.checkParameters(Map.of("class",
                "410302202401011234")));
        assertThrows(IllegalArgumentException.class, () -> NoticeKind.checkParameters(Map.of("address", "某路1号")));
        NoticeKind.checkParameters(PARAMS);
        NoticeKind.checkParameters(Map.of("at", "2026-12-06 09:30", "class", "第20241201期"));
    }
}
