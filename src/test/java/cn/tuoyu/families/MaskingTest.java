package cn.tuoyu.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.tuoyu.families.entity.Age;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Sex;

/**
 * The masked identity number, together with everything else the same role is shown of the child (the table in
 * {@code cn.tuoyu.families}), must not rebuild the number: at least {@link #MINIMUM_CANDIDATES} resident IDs must
 * remain consistent with what that role sees. The attacker is assumed to take the region digits from the district.
 */
class MaskingTest {

    static final int MINIMUM_CANDIDATES = 100;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** What a role's answers carry besides the masked number. */
    record Shown(String role, boolean birthDate, boolean ageInMonths, boolean district, boolean sex) {
    }

    static final List<Shown> ROLES = List.of(
            new Shown("guardian", true, true, true, true),
            new Shown("health staff", false, true, true, true),
            new Shown("visiting nurse", false, true, true, false),
            new Shown("facility staff", false, true, true, false));

    /** A child's resident ID: region, birth date, sequence (odd last digit for boys), check character. */
    record Child(String number, LocalDate birthDate, Sex sex) {

        String region() {
            return number.substring(0, 6);
        }
    }

    static List<Child> children() {
        Random random = new Random(12);
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate birth = TODAY.minusDays(random.nextInt(36 * 30));
            int sequence = random.nextInt(1000);
            String first17 = String.format("%06d", 320600 + random.nextInt(20)) + birth.format(
                    DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
            children.add(new Child(first17 + IdentityDocument.checkCharacter(first17), birth,
                    sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE));
        }
        return children;
    }

    @Test
    void noRoleCanRebuildAResidentIdFromItsMaskAndWhatElseItIsShown() {
        for (Child child : children()) {
            String masked = new IdentityDocument(DocumentKind.RESIDENT_ID, child.number()).masked();
            assertEquals(18, masked.length());
            for (Shown role : ROLES) {
                if (role.birthDate() || role.ageInMonths()) {
                    assertTrue(masked.substring(6, 14).chars().allMatch(ch -> ch == '*'),
                            role.role() + ": the mask hides the birth-date digits " + masked);
                }
                if (role.district()) {
                    assertTrue(masked.substring(0, 6).chars().allMatch(ch -> ch == '*'),
                            role.role() + ": the mask hides the region digits " + masked);
                }
                long candidates = candidates(child, masked, role);
                assertTrue(candidates >= MINIMUM_CANDIDATES, role.role() + " narrows " + masked + " to "
                        + candidates + " numbers");
            }
        }
    }

    @Test
    void theFormsNotChosenWouldRebuildOrNarrowIt() {
        Child child = children().get(0);
        String n = child.number();
        String firstAndLastFour = n.substring(0, 4) + "**********" + n.substring(14);
        String lastFour = "**************" + n.substring(14);
        String checkOnly = "*****************" + n.substring(17);
        assertEquals(1, candidates(child, firstAndLastFour, ROLES.get(0)), "the old form, next to the birth date");
        assertEquals(1, candidates(child, lastFour, ROLES.get(0)), "the last four, next to the birth date");
        assertTrue(candidates(child, lastFour, ROLES.get(1)) < 10, "the last four, next to the age in months");
        assertTrue(candidates(child, checkOnly, ROLES.get(0)) < MINIMUM_CANDIDATES, "the check character alone");
    }

    @Test
    void aBirthCertificateNumberRestatesNothingElseAndKeepsOneCharacterEachSide() {
        String masked = new IdentityDocument(DocumentKind.BIRTH_CERTIFICATE, "Z123456789").masked();
        assertEquals("Z********9", masked);
        long hiddenDigits = masked.chars().filter(ch -> ch == '*').count();
        assertTrue(Math.pow(10, hiddenDigits) >= MINIMUM_CANDIDATES);
    }

    /**
     * How many resident IDs agree with the masked form and with the fields the role is shown: region from the
     * district, birth date exact or within the age in months, sequence parity from the sex, and a valid check
     * character.
     */
    static long candidates(Child child, String masked, Shown role) {
        List<LocalDate> births = new ArrayList<>();
        if (role.birthDate()) {
            births.add(child.birthDate());
        } else {
            int months = Age.inMonths(child.birthDate(), TODAY);
            for (LocalDate d = TODAY.minusMonths(months + 2); !d.isAfter(TODAY); d = d.plusDays(1)) {
                if (!role.ageInMonths() || Age.inMonths(d, TODAY) == months) {
                    births.add(d);
                }
            }
        }
        List<String> regions = role.district() ? List.of(child.region()) : allRegionsMatching(masked);
        long count = 0;
        for (String region : regions) {
            for (LocalDate birth : births) {
                String head = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE);
                for (int sequence = 0; sequence < 1000; sequence++) {
                    if (role.sex() && (sequence % 2 == 1) != (child.sex() == Sex.MALE)) {
                        continue;
                    }
                    String first17 = head + String.format("%03d", sequence);
                    if (agrees(masked, first17 + IdentityDocument.checkCharacter(first17))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static List<String> allRegionsMatching(String masked) {
        // a role without the district: stand in for the many regions by a thousand, enough to pass the minimum
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < 1000 && regions.size() < 1000; i++) {
            String region = String.format("%06d", 320000 + i);
            if (agrees(masked.substring(0, 6), region)) {
                regions.add(region);
            }
        }
        return regions;
    }

    private static boolean agrees(String masked, String number) {
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != number.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
