package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** What a staff member's token makes of their row, and whom a district may assign. */
class DistrictStaffMemberTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theTokensNameIsShownTrimmedOrTheSubjectWhenBlank() {
        assertEquals("王医生", new DistrictStaffMember("s-1", "  王医生 ", "320684", NOW).name());
        assertEquals("s-1", new DistrictStaffMember("s-1", "  ", "320684", NOW).name());
        assertEquals("s-1", new DistrictStaffMember("s-1", null, "320684", NOW).name());
        assertEquals(DistrictStaffMember.NAME_MAX,
                new DistrictStaffMember("s-1", "名".repeat(250), "320684", NOW).name().length());
    }

    @Test
    void aMemberIsAssignedVisitsOfTheirOwnDistrictOnly() {
        DistrictStaffMember member = new DistrictStaffMember("s-1", "王医生", "320684", NOW);
        assertTrue(member.worksIn("320684"));
        assertFalse(member.worksIn("440811"));
    }

    @Test
    void theWriteCarriesSubjectDistrictNameAndTheTimeSeen() {
        Object[] parameters = new DistrictStaffMember("s-1", "王医生", "320684", NOW).seenParameters();
        assertEquals("s-1", parameters[0]);
        assertEquals("320684", parameters[1]);
        assertEquals("王医生", parameters[2]);
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), parameters[3]);
    }
}
