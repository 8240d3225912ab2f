package cn.tuoyu.vouchers.entity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The text inside the QR code a parent shows at the counter, like a payment code: it names the voucher and carries
 * an HMAC-SHA256 tag over the voucher id and the current 30-second step, keyed by the voucher's own 256-bit secret
 * that never leaves the server. A code is accepted for its own step and the one before (so about a minute), which
 * makes a screenshot sent to someone else useless soon after.
 *
 * <p>Format: {@code TY1.<voucher id, base64url>.<step>.<tag, 16 bytes base64url>}.
 */
public record RotatingCode(UUID voucherId, long step, String tag) {

    public static final long STEP_SECONDS = 30;
    private static final String PREFIX = "TY1";

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    public static RotatingCode issue(UUID voucherId, byte[] secret, Instant now) {
        long step = stepAt(now);
        return new RotatingCode(voucherId, step, tag(voucherId, step, secret));
    }

    /** Parses scanned text; empty when it is not shaped like a code at all. */
    public static Optional<RotatingCode> parse(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\.");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            ByteBuffer id = ByteBuffer.wrap(Base64.getUrlDecoder().decode(parts[1]));
            if (id.remaining() != 16 || !parts[3].matches("[A-Za-z0-9_-]{22}")) {
                return Optional.empty();
            }
            return Optional.of(new RotatingCode(new UUID(id.getLong(), id.getLong()), Long.parseLong(parts[2]),
                    parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the tag is right for this voucher's secret (compared in constant time). */
    public boolean isAuthentic(byte[] secret) {
        byte[] expected = tag(voucherId, step, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, tag.getBytes(StandardCharsets.US_ASCII));
    }

    /** True when the code's step is the current one or the one before. */
    public boolean isFreshAt(Instant now) {
        long current = stepAt(now);
        return step == current || step == current - 1;
    }

    public String text() {
        ByteBuffer id = ByteBuffer.allocate(16).putLong(voucherId.getMostSignificantBits())
                .putLong(voucherId.getLeastSignificantBits());
        return PREFIX + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(id.array()) + "." + step + "."
                + tag;
    }

    /** When this code stops being accepted. */
    public Instant validUntil() {
        return Instant.ofEpochSecond((step + 2) * STEP_SECONDS);
    }

    private static String tag(UUID voucherId, long step, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((voucherId + ":" + step).getBytes(StandardCharsets.US_ASCII));
            byte[] full = mac.doFinal();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
