package cn.tuoyu.notifications.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import cn.tuoyu.platform.security.KeyDerivation;

/**
 * The token of an e-mail's unsubscribe link: the person's subject and an HMAC-SHA256 of it, under a key derived from
 * the platform's master key ({@code app.identity-key}) by HMAC over its own label, as every key of the platform is. It
 * lets anyone holding the e-mail turn off that person's non-essential e-mail, and nothing else.
 */
public final class UnsubscribeTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes");
        }
        this.key = new SecretKeySpec(KeyDerivation.derive(masterKey, "notification-unsubscribe-v1"),
                "HmacSHA256");
    }

    public String tokenFor(String subject) {
        return B64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(KeyDerivation.hmac(key,
                        subject));
    }

    /** The subject the token was made for, or empty when it was not made with this key. */
    public Optional<String> subjectOf(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String subject = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8);
            byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(mac, KeyDerivation.hmac(key, subject))
                    ? Optional.of(subject)
                    : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
