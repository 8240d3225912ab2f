package cn.tuoyu.families.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.tuoyu.families.entity.IdentityDocument;

/**
 * Encryption of identity numbers (AES-256-GCM, random 96-bit nonce, the document kind as associated data) and
 * their lookup hash (HMAC-SHA256). Both keys are derived from one 32-byte master key by HMAC-SHA256 over distinct
 * labels, so neither can be computed from the other. Stored form: version byte 1, nonce, ciphertext with tag.
 */
public final class IdentityCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;

    public IdentityCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the identity key must be 32 bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "identity-number-encryption-v1"), "AES");
        this.hashKey = new SecretKeySpec(derive(masterKey, "identity-number-lookup-v1"), "HmacSHA256");
    }

    public byte[] encrypt(IdentityDocument document) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(document.kind().name().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(document.number().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("identity number encryption failed", e);
        }
    }

    public IdentityDocument decrypt(cn.tuoyu.families.entity.DocumentKind kind, byte[] stored) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("unknown identity number format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(128, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(kind.name().getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new IdentityDocument(kind, new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("identity number decryption failed", e);
        }
    }

    /** The same number always gives the same hash, whichever document kind it was typed as. */
    public byte[] lookupHash(IdentityDocument document) {
        return hmac(hashKey, document.number());
    }

    private static byte[] derive(byte[] master, String label) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), label);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
