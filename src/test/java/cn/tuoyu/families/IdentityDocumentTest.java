package cn.tuoyu.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.InvalidIdentityDocumentException;
import cn.tuoyu.families.entity.Masking;
import cn.tuoyu.families.entity.Sex;

class IdentityDocumentTest {

    @ParameterizedTest(name = "{0} {1} is valid, shown as {2}")
    @CsvSource({
            "RESIDENT_ID,       11010519491231002X, ******************",
            "RESIDENT_ID,       ' 11010519491231002x ', ******************",
            "RESIDENT_ID,       440524188001010014, ******************",
            "RESIDENT_ID,       410302202401011239, ******************",
            "BIRTH_CERTIFICATE, Z000000001,         Z********1",
            "BIRTH_CERTIFICATE, q320012345,         Q********5",
    })
    void validNumbersAreNormalisedAndMasked(DocumentKind kind, String typed, String masked) {
        IdentityDocument document = IdentityDocument.parse(kind, typed);
        assertEquals(masked, document.masked());
        assertEquals(kind + " " + masked, document.toString(), "toString never shows the number");
    }

    @ParameterizedTest(name = "{0} {1} is refused ({2})")
    @CsvSource({
            "RESIDENT_ID,       110105194912310021, wrong check character",
            "RESIDENT_ID,       110105194912310029, wrong check character",
            "RESIDENT_ID,       41030220240101123,  17 characters",
            "RESIDENT_ID,       4103022024010112399, 19 characters",
            "RESIDENT_ID,       41030220240230123X, 30 February",
            "RESIDENT_ID,       4103022024A101123X, a letter inside",
            "BIRTH_CERTIFICATE, 1000000001,         no leading letter",
            "BIRTH_CERTIFICATE, Z00000001,          too short",
            "BIRTH_CERTIFICATE, '',                 empty",
    })
    void invalidNumbersAreRefused(DocumentKind kind, String typed, String why) {
        assertThrows(InvalidIdentityDocumentException.class, () -> IdentityDocument.parse(kind, typed), why);
    }

    @Test
    void theCheckCharacterFollowsGb11643() {
        assertEquals('X', IdentityDocument.checkCharacter("11010519491231002"));
        assertEquals('4', IdentityDocument.checkCharacter("44052418800101001"));
        assertEquals('9', IdentityDocument.checkCharacter("41030220240101123"));
    }

    @Test
    void aResidentIdCarriesItsBirthDate() {
        assertEquals(LocalDate.of(2024, 1, 1),
                IdentityDocument.parse(DocumentKind.RESIDENT_ID, "410302202401011239").birthDate().orElseThrow());
    }

    @ParameterizedTest(name = "{0}: the 17th character says {1}")
    @CsvSource({"11010519491231002X, FEMALE", "440524188001010014, MALE", "410302202401011239, MALE",
            "410302202401011247, FEMALE"})
    void aResidentIdCarriesItsSex(String number, Sex sex) {
        assertEquals(sex, IdentityDocument.parse(DocumentKind.RESIDENT_ID, number).sex().orElseThrow());
    }

    @Test
    void aBirthCertificateSaysNothingAboutSex() {
        assertTrue(IdentityDocument.parse(DocumentKind.BIRTH_CERTIFICATE, "Z000000001").sex().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"王小明, 王*明", "李四, 李*", "欧阳小明明, 欧***明", "张, *", "Anna, A**a"})
    void namesAreMaskedKeepingTheFamilyName(String name, String masked) {
        assertEquals(masked, Masking.name(name));
    }
}
