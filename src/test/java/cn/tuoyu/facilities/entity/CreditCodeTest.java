package cn.tuoyu.facilities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsTheStandardsWorkedExample() {
        // GB 32100-2015, appendix: 91350100M000100Y4 + check character 3
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
    }

    @Test
    void checkCharacterZeroWhenTheSumIsAMultipleOf31() {
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
        assertTrue(CreditCode.isValid("000000000000000000"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
    }

    @Test
    void refusesWrongShapes() {
        assertFalse(CreditCode.isValid(null));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100Y433"));
        assertFalse(CreditCode.isValid("91350100m000100Y43"), "lower case");
        assertFalse(CreditCode.isValid("9135010OM000100Y43"), "letter in the division code");
        assertFalse(CreditCode.isValid("91350100I000100Y43"), "I is not in the alphabet");
    }

    @Test
    void everyComputedCodeValidates() {
        String first17 = "92320614MA1ABCDE" + "F";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertTrue(CreditCode.isValid(code));
    }
}
