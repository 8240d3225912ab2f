package cn.tuoyu.vouchers.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The verifiable draw, as anyone can recompute it from what the public page shows: a secret seed of 32 random bytes,
 * committed to when the batch is published by {@code sha256(seed)} in hex and revealed at the draw; each application's
 * rank is {@code HMAC-SHA256(key = seed, message = the application id as its canonical UUID string, UTF-8)} in hex;
 * the order is by tier, then by rank ascending (then by id, should two ranks ever be equal). Nobody can steer it: the
 * seed is fixed before anyone applies, and the ids are random UUIDs the platform draws when a child applies.
 */
public final class DrawOrder {

    /** The algorithm in words, as the public page shows it. */
    public static final String ALGORITHM = "seed: 32 random bytes drawn when the batch was published; commitment = "
            + "hex(SHA-256(seed)), published at once; at the draw the seed is revealed. Each application's rank is "
            + "hex(HMAC-SHA256(key = seed, message = UTF-8 bytes of the application id as a lower-case canonical UUID "
            + "string)). Applications are ordered by tier ascending, then by rank ascending (hex strings compared as "
            + "text); positions count from 1. The first `quantity` positions are offered a voucher; an offer not "
            + "claimed by its deadline passes to the next position not yet offered.";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private DrawOrder() {
    }

    /** An application to be ordered: its id and its tier (1 first). */
    public record Entry(UUID id, int tier) {
    }

    /** A fresh secret seed. */
    public static byte[] newSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return seed;
    }

    /** What is published before the draw: the hex SHA-256 of the seed. */
    public static String commitment(byte[] seed) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rank of an application under the seed: hex HMAC-SHA256 of its id's canonical string. */
    public static String rank(byte[] seed, UUID applicationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(applicationId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries in draw order: the first is position 1. */
    public static List<Entry> order(byte[] seed, List<Entry> entries) {
        record Ranked(Entry entry, String rank) {
        }
        return entries.stream().map(e -> new Ranked(e, rank(seed, e.id())))
                .sorted(Comparator.comparingInt((Ranked r) -> r.entry().tier()).thenComparing(Ranked::rank)
                        .thenComparing(r -> r.entry().id().toString()))
                .map(Ranked::entry).toList();
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
