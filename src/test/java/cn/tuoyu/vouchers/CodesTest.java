package cn.tuoyu.vouchers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.tuoyu.vouchers.control.QrCodes;
import cn.tuoyu.vouchers.entity.ManualCode;
import cn.tuoyu.vouchers.entity.RotatingCode;

class CodesTest {

    private static final Instant NOON = Instant.parse("2026-11-23T04:00:00Z");

    private static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    @Test
    void aRotatingCodeRoundTripsThroughAQrPng() {
        byte[] secret = secret();
        RotatingCode code = RotatingCode.issue(UUID.randomUUID(), secret, NOON);
        String scanned = QrCodes.decode(QrCodes.png(code.text(), 300)).orElseThrow();
        RotatingCode parsed = RotatingCode.parse(scanned).orElseThrow();
        assertEquals(code, parsed);
        assertTrue(parsed.isAuthentic(secret));
        assertTrue(parsed.isFreshAt(NOON.plusSeconds(29)));
    }

    /** Screen images ZXing's photo-tuned binarizer alone did not read (about one in 250 codes). */
    @ParameterizedTest
    @ValueSource(strings = {
            "TY1.KG4IfMRYRViGJeLBcqvh0w.59855520.ILMEvNvm0WmK4S-iRbWo2w",
            "TY1.9Asxiy6pQ9qEhhiHpn8QKA.59855520.XcDAtO0SRNTFWDoY0tydKQ",
            "TY1.biBbPY2jSzmKyVlWoQtBdQ.59855520.YMBTHZosctceLPDoHo8ipg"})
    void everyCodeTheServerDrawsReadsBack(String text) {
        assertEquals(Optional.of(text), QrCodes.decode(QrCodes.png(text, 300)));
    }

    @Test
    void aCodeLivesForAboutAMinute() {
        RotatingCode code = RotatingCode.issue(UUID.randomUUID(), secret(), NOON);
        assertTrue(code.isFreshAt(NOON));
        assertTrue(code.isFreshAt(NOON.plusSeconds(59)));
        assertFalse(code.isFreshAt(NOON.plusSeconds(60)));
        assertFalse(code.isFreshAt(NOON.minusSeconds(1)), "a code from the future is not fresh");
        assertEquals(NOON.plusSeconds(60), code.validUntil());
    }

    @Test
    void anotherSecretOrATamperedTagIsNotAuthentic() {
        byte[] secret = secret();
        RotatingCode code = RotatingCode.issue(UUID.randomUUID(), secret, NOON);
        assertFalse(code.isAuthentic(secret()));
        String text = code.text();
        char last = text.charAt(text.length() - 1);
        String tampered = text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(RotatingCode.parse(tampered).orElseThrow().isAuthentic(secret));
        RotatingCode otherStep = new RotatingCode(code.voucherId(), code.step() + 1, code.tag());
        assertFalse(otherStep.isAuthentic(secret), "moving the step forward breaks the tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "TY1.abc", "TY1.AAAAAAAAAAAAAAAAAAAAAA.12.short", "TY2.a.b.c",
            "TY1.!!!.1.AAAAAAAAAAAAAAAAAAAAAA"})
    void garbageIsNotACode(String text) {
        assertEquals(Optional.empty(), RotatingCode.parse(text));
    }

    @Test
    void truncatedCodesAreNotCodes() {
        String text = RotatingCode.issue(UUID.randomUUID(), secret(), NOON).text();
        for (int cut = 1; cut < text.length(); cut += 7) {
            Optional<RotatingCode> parsed = RotatingCode.parse(text.substring(0, text.length() - cut));
            assertTrue(parsed.isEmpty(), "cut " + cut);
        }
    }

    @Test
    void manualCodesCarryACheckDigitThatCatchesTypos() {
        for (int i = 0; i < 200; i++) {
            ManualCode code = ManualCode.random();
            assertEquals(Optional.of(code), ManualCode.parse(code.display()));
            String digits = code.digits();
            for (int p = 0; p < 13; p++) {
                char wrong = (char) ('0' + (digits.charAt(p) - '0' + 1 + i % 9) % 10);
                String typo = digits.substring(0, p) + wrong + digits.substring(p + 1);
                assertTrue(ManualCode.parse(typo).isEmpty(), "single-digit typo at " + p);
            }
            for (int p = 0; p < 12; p++) {
                if (digits.charAt(p) != digits.charAt(p + 1)) {
                    String swapped = digits.substring(0, p) + digits.charAt(p + 1) + digits.charAt(p)
                            + digits.substring(p + 2);
                    assertTrue(ManualCode.parse(swapped).isEmpty(), "swap at " + p);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new ManualCode("1234567890123"
                .substring(0, 12) + "x"));
    }

    @Test
    void aPictureWithoutACodeOrNotAPictureDecodesToNothing() {
        byte[] blank = QrCodes.png("x", 100);
        assertNotEquals(0, blank.length);
        assertEquals(Optional.empty(), QrCodes.decode("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII)));
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(200, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = white.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 200, 200);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(white, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(Optional.empty(), QrCodes.decode(out.toByteArray()));
    }
}
