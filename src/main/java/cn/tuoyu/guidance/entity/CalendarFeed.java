package cn.tuoyu.guidance.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.tuoyu.platform.persistence.InstantConverter;

/**
 * A resident's calendar subscription. Calendar apps cannot send a bearer token, so the feed URL carries a random
 * secret (256 bits, URL-safe Base64 without padding: 43 characters); only its SHA-256 is kept. One per resident: a
 * new one replaces the earlier, whose URL then stops working.
 */
@Entity
@Table(name = "calendar_feeds")
@NamedQuery(name = CalendarFeed.BY_TOKEN_HASH, query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash")
// decides between two subscriptions a resident takes at once: one row per resident, the later replaces the earlier
@NamedNativeQuery(name = CalendarFeed.UPSERT, query = "INSERT INTO calendar_feeds (subject, token_hash, created_at) "
        + "VALUES (?1, ?2, ?3) ON CONFLICT (subject) DO UPDATE SET token_hash = EXCLUDED.token_hash, "
        + "created_at = EXCLUDED.created_at")
public class CalendarFeed {

    /** The subscription whose token hashes to {@code hash}. */
    public static final String BY_TOKEN_HASH = "CalendarFeed.byTokenHash";
    /** Writes the resident's subscription, replacing an earlier one (parameters in {@link #upsertParameters()}). */
    public static final String UPSERT = "CalendarFeed.upsert";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String subject;
    @Column(name = "token_hash")
    private byte[] tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
    }

    /** The resident's subscription to the feed under {@code token}; only the token's hash is kept. */
    public CalendarFeed(String subject, String token, Instant now) {
        this.subject = Objects.requireNonNull(subject);
        this.tokenHash = hash(token);
        this.createdAt = now;
    }

    /** A new random secret for a subscription URL. */
    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored of a token, and what a presented token is looked up by. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters of {@link #UPSERT}, in order. */
    public Object[] upsertParameters() {
        return new Object[] {subject, tokenHash.clone(), InstantConverter.column(createdAt)};
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
