package cn.tuoyu.families;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.tuoyu.families.control.IdentityCipher;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;

class IdentityCipherTest {

    private static final IdentityDocument ID = new IdentityDocument(DocumentKind.RESIDENT_ID, "11010519491231002X");

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        IdentityCipher cipher = new IdentityCipher(key());
        byte[] first = cipher.encrypt(ID);
        byte[] second = cipher.encrypt(ID);
        assertFalse(Arrays.equals(first, second), "same number, different ciphertexts");
        String stored = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("11010519491231002X"), "no plain number in the stored form");
        assertEquals(ID, cipher.decrypt(DocumentKind.RESIDENT_ID, first));
    }

    @Test
    void tamperingOrAnotherKeyOrKindIsDetected() {
        byte[] key = key();
        byte[] sealed = new IdentityCipher(key).encrypt(ID);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(key).decrypt(DocumentKind.RESIDENT_ID,
                tampered));
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(key()).decrypt(DocumentKind.RESIDENT_ID,
                sealed));
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(key).decrypt(
                DocumentKind.BIRTH_CERTIFICATE, sealed));
    }

    @Test
    void theLookupHashIsStableUnderOneKeyAndDiffersUnderAnother() {
        byte[] key = key();
        assertArrayEquals(new IdentityCipher(key).lookupHash(ID), new IdentityCipher(key).lookupHash(ID));
        assertFalse(Arrays.equals(new IdentityCipher(key).lookupHash(ID), new IdentityCipher(key()).lookupHash(ID)));
        assertEquals(32, new IdentityCipher(key).lookupHash(ID).length);
    }

    @Test
    void aKeyMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new IdentityCipher(new byte[16]));
    }

    @Test
    void addressesAreSealedToTheirVisitUnderAKeyOfTheirOwn() {
        byte[] key = key();
        IdentityCipher cipher = new IdentityCipher(key);
        java.util.UUID visit = UUID.randomUUID();
        byte[] sealed = cipher.encryptAddress(visit, "海门区示例路1号");
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("示例路"));
        assertFalse(Arrays.equals(sealed, cipher.encryptAddress(visit, "海门区示例路1号")), "a fresh nonce each time");
        assertEquals("海门区示例路1号", new IdentityCipher(key).decryptAddress(visit, sealed));
        assertThrows(IllegalStateException.class, () -> cipher.decryptAddress(UUID.randomUUID(), sealed),
                "copied to another visit, it does not decrypt");
        assertThrows(IllegalStateException.class, () -> new IdentityCipher(key()).decryptAddress(visit, sealed));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(DocumentKind.RESIDENT_ID, sealed),
                "the identity-number key does not open it");
    }
}
