package cn.tuoyu.families.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    /** A fictional resident ID: born 1 January 2024, a boy. */
    static final IdentityDocument BOY = IdentityDocument.parse(DocumentKind.RESIDENT_ID, "410302202401011239");

    static Child registered() {
        return new Child("测试宝宝", Sex.MALE, LocalDate.of(2024, 1, 1), BOY, new byte[] {1}, new byte[] {2}, "410302",
                "parent-a", Relation.MOTHER, TODAY, NOW);
    }

    @Test
    void aRegisteredChildIsGuardedByItsFirstGuardianAndShownMasked() {
        Child child = registered();
        assertTrue(child.isGuardedBy("parent-a"));
        assertFalse(child.isGuardedBy("parent-b"));
        ChildRecord record = child.record();
        assertEquals("410302", record.districtCode());
        assertEquals(BOY.masked(), record.maskedDocument());
        assertEquals(5, record.summary(TODAY).ageInMonths());
    }

    @Test
    void theFactsMustAgreeWithTheDocumentAndTheAgeBand() {
        assertThrows(BirthDateMismatchException.class,
                () -> Child.checkFacts(Sex.MALE, LocalDate.of(2024, 1, 2), BOY, TODAY));
        assertThrows(SexMismatchException.class, () -> Child.checkFacts(Sex.FEMALE, LocalDate.of(2024, 1, 1), BOY,
                TODAY));
        IdentityDocument certificate = IdentityDocument.parse(DocumentKind.BIRTH_CERTIFICATE, "Z000000001");
        assertThrows(BirthDateInFutureException.class,
                () -> Child.checkFacts(Sex.MALE, TODAY.plusDays(1), certificate, TODAY));
        assertThrows(ChildTooOldException.class,
                () -> Child.checkFacts(Sex.MALE, TODAY.minusMonths(37), certificate, TODAY));
        Child.checkFacts(Sex.MALE, TODAY.minusMonths(36), certificate, TODAY);
    }

    @Test
    void aCorrectionFollowsTheSameRulesAgainstTheRegisteredDocument() {
        Child child = registered();
        assertThrows(SexMismatchException.class,
                () -> child.correct("新名字", Sex.FEMALE, LocalDate.of(2024, 1, 1), BOY, TODAY));
        assertEquals("测试宝宝", child.record().name(), "a refused correction changes nothing");
        child.correct("新名字", Sex.MALE, LocalDate.of(2024, 1, 1), BOY, TODAY);
        assertEquals("新名字", child.record().name());
    }

    @Test
    void aSecondGuardianIsAddedOnceAndAWithdrawingOneIsDropped() {
        Child child = registered();
        child.addGuardian("parent-b", Relation.FATHER, NOW);
        assertThrows(AlreadyGuardianException.class, () -> child.addGuardian("parent-b", Relation.FATHER, NOW));
        assertEquals(List.of("parent-a", "parent-b"), child.guardianSubjects());
        child.dropGuardian("parent-a");
        assertFalse(child.isGuardedBy("parent-a"));
        assertTrue(child.isGuardedBy("parent-b"));
    }

    @Test
    void anAnonymisedChildKeepsOnlyItsIdAndIsListedAsAnonymised() {
        Child child = registered();
        child.anonymiseAt(NOW);
        assertTrue(child.anonymised());
        assertFalse(child.isGuardedBy("parent-a"));
        assertTrue(child.guardianSubjects().isEmpty());
        assertNull(child.documentCipher());
        assertTrue(child.listed().anonymised());
        assertEquals(ListedChild.ANONYMISED_NAME, child.listed().maskedName());
        assertThrows(IllegalStateException.class, child::record);
        assertThrows(IllegalStateException.class, () -> child.addGuardian("parent-c", Relation.OTHER_GUARDIAN, NOW));
    }
}
