package cn.tuoyu.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

    @Test
    void ordinaryNamesAddressesAndNotesPass() {
        for (String text : new String[] {"王小明", "Zhang Wei-Ming", "海门区 人民路 1 号 3-201", "O'Brien", "👶🏻",
                "Ünal Ağaoğlu", "محمد", "עברית", ""}) {
            assertTrue(PlainTextValidator.isPlain(text, false), text);
        }
        assertTrue(PlainTextValidator.isPlain("第一行\n第二行\r\n\t缩进", true));
    }

    @Test
    void bidiControlsAndInvisibleFormatCharactersAreRefused() {
        for (String hidden : new String[] {"\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067",
                "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
                "\u00AD", "\u180E"}) {
            assertFalse(PlainTextValidator.isPlain("王" + hidden + "小明", false), () -> codePoint(hidden));
            assertFalse(PlainTextValidator.isPlain("王" + hidden + "小明", true), () -> codePoint(hidden));
        }
    }

    @Test
    void controlCharactersSeparatorsLoneSurrogatesAndPrivateUseAreRefused() {
        for (String bad : new String[] {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029",
                "\uD800", "\uDC00", "\uE000"}) {
            assertFalse(PlainTextValidator.isPlain("a" + bad + "b", false), () -> codePoint(bad));
            assertFalse(PlainTextValidator.isPlain("a" + bad + "b", true), () -> codePoint(bad));
        }
    }

    @Test
    void lineBreaksAndTabsOnlyInMultilineText() {
        for (String breakOrTab : new String[] {"\n", "\r", "\t"}) {
            assertFalse(PlainTextValidator.isPlain("a" + breakOrTab + "b", false));
            assertTrue(PlainTextValidator.isPlain("a" + breakOrTab + "b", true));
        }
    }

    @Test
    void nullIsLeftToNotNull() {
        assertTrue(new PlainTextValidator().isValid(null, null));
    }

    private static String codePoint(String s) {
        return String.format("U+%04X", s.codePointAt(0));
    }
}
