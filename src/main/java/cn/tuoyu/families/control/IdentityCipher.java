package cn.tuoyu.families.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.platform.security.KeyDerivation;

/**
 * Encryption of identity numbers (AES-256-GCM, random 96-bit nonce, the document kind as associated data) and
 * their lookup hash (HMAC-SHA256), and of home-visit addresses (AES-256-GCM under a key of their own, the visit id as
 * associated data, so a ciphertext copied to another visit does not decrypt). All keys are derived from one 32-byte
 * master key by HMAC-SHA256 over distinct labels, so none can be computed from another. Stored form: version byte
 * 1, nonce, ciphertext with tag.
 */
public final class IdentityCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecretKeySpec addressKey;

    public IdentityCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the identity key must be 32 bytes");
        }
        this.encryptionKey = new SecretKeySpec(KeyDerivation.derive(masterKey, "identity-number-encryption-v1"), "AES");
        this.hashKey = new SecretKeySpec(KeyDerivation.derive(masterKey, "identity-number-lookup-v1"), "HmacSHA256");
        this.addressKey = new SecretKeySpec(KeyDerivation.derive(masterKey, "home-visit-address-encryption-v1"), "AES");
    }

    public byte[] encrypt(IdentityDocument document) {
        return seal(encryptionKey, document.kind().name(), document.number().getBytes(StandardCharsets.US_ASCII));
    }

    public IdentityDocument decrypt(cn.tuoyu.families.entity.DocumentKind kind, byte[] stored) {
        return new IdentityDocument(kind, new String(open(encryptionKey, kind.name(), stored),
                StandardCharsets.US_ASCII));
    }

    /** A home visit's address, sealed to that visit. */
    public byte[] encryptAddress(UUID visitId, String address) {
        return seal(addressKey, "home-visit:" + visitId, address.getBytes(StandardCharsets.UTF_8));
    }

    public String decryptAddress(UUID visitId, byte[] stored) {
        return new String(open(addressKey, "home-visit:" + visitId, stored), StandardCharsets.UTF_8);
    }

    private static byte[] seal(SecretKeySpec key, String associated, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private static byte[] open(SecretKeySpec key, String associated, byte[] stored) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("unknown ciphertext format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(128, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associated.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The same number always gives the same hash, whichever document kind it was typed as. */
    public byte[] lookupHash(IdentityDocument document) {
        return KeyDerivation.hmac(hashKey, document.number());
    }
}
