package cn.tuoyu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How every key of the platform comes from the one master key ({@code app.identity-key}): HMAC-SHA256 of the master
 * over a label of its own, so that no key can be computed from another; and the HMAC-SHA256 those keys sign with.
 */
public final class KeyDerivation {

    private KeyDerivation() {
    }

    /** The 32-byte key for one purpose, named by its label (e.g. {@code identity-number-lookup-v1}). */
    public static byte[] derive(byte[] master, String label) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), label);
    }

    public static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
