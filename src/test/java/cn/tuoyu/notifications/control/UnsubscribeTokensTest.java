package cn.tuoyu.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aTokenNamesItsSubjectAndOnlyUnderTheKeyThatMadeIt() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(key(1));
        String token = tokens.tokenFor("f3b1c2d4-0000-4000-8000-000000000001");
        assertEquals(Optional.of("f3b1c2d4-0000-4000-8000-000000000001"), tokens.subjectOf(token));
        assertEquals(Optional.empty(), new UnsubscribeTokens(key(2)).subjectOf(token), "another deployment's key");
    }

    @Test
    void aForgedOrMangledTokenNamesNobody() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(key(1));
        String mine = tokens.tokenFor("parent-a");
        String theirs = tokens.tokenFor("parent-b");
        String swapped = theirs.substring(0, theirs.indexOf('.')) + mine.substring(mine.indexOf('.'));
        assertEquals(Optional.empty(), tokens.subjectOf(swapped), "my signature on another's subject");
        assertEquals(Optional.empty(), tokens.subjectOf(mine.substring(0, mine.length() - 2) + "AA"));
        for (String junk : new String[] {null, "", ".", "abc", "!!!.???", "x".repeat(500)}) {
            assertEquals(Optional.empty(), tokens.subjectOf(junk), String.valueOf(junk));
        }
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[16]));
    }
}
