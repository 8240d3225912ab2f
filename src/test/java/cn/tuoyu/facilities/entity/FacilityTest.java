package cn.tuoyu.facilities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FacilityTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static FacilityDetails details(String name, String address, int toddlerPlaces) {
        return new FacilityDetails(name, "91350100M000100Y43", address, "320614", RegistrationType.FOR_PROFIT,
                Set.of(ServiceType.FULL_DAY, ServiceType.HOURLY), 0, toddlerPlaces, 10, 0, true, false, null,
                "8:00-17:00", "0513-1234567", false);
    }

    static Facility filed() {
        Facility facility = new Facility(UUID.randomUUID(), details("甲", "路1号", 20), NOW);
        facility.file("备-001", DAY, NOW);
        return facility;
    }

    @Test
    void onlyAFiledFacilityMayRedeem() {
        Facility facility = new Facility(UUID.randomUUID(), details("甲", "路1号", 20), NOW);
        assertFalse(facility.mayRedeemOn(DAY));
        facility.file("备-001", DAY, NOW);
        assertTrue(facility.mayRedeemOn(DAY));
        assertFalse(facility.mayRedeemOn(DAY.minusDays(1)), "not before the filing date");
        facility.suspend(NOW);
        assertFalse(facility.mayRedeemOn(DAY));
        facility.reinstate(NOW);
        assertTrue(facility.mayRedeemOn(DAY));
        facility.revoke(NOW);
        assertFalse(facility.mayRedeemOn(DAY));
        assertEquals(Standing.REVOKED, facility.standing());
    }

    @Test
    void standingMovesOnlyAlongItsPaths() {
        Facility facility = filed();
        assertThrows(IllegalStandingChangeException.class, () -> facility.reinstate(NOW));
        assertThrows(IllegalStandingChangeException.class, () -> facility.file("x", DAY, NOW));
        facility.deregister(NOW);
        assertThrows(IllegalStandingChangeException.class, () -> facility.suspend(NOW));
        assertThrows(IllegalStandingChangeException.class, () -> facility.revoke(NOW));
        Facility fresh = new Facility(UUID.randomUUID(), details("乙", "路2号", 5), NOW);
        assertThrows(IllegalStandingChangeException.class, () -> fresh.suspend(NOW));
    }

    @Test
    void afterFilingOnlyContactAndHoursChangeDirectly() {
        Facility facility = filed();
        FacilityDetails hours = new FacilityDetails("甲", "91350100M000100Y43", "路1号", "320614",
                RegistrationType.FOR_PROFIT, Set.of(ServiceType.FULL_DAY, ServiceType.HOURLY), 0, 20, 10, 0, true,
                false, null, "7:30-18:00", "0513-7654321", false);
        facility.edit(hours, NOW);
        assertEquals("7:30-18:00", facility.details().openingHours());
        assertThrows(ChangeNeedsReviewException.class, () -> facility.edit(details("甲", "新路9号", 20), NOW));
        assertThrows(ChangeNeedsReviewException.class, () -> facility.edit(details("甲", "路1号", 25), NOW));
        facility.applyApprovedChange(details("甲", "新路9号", 25), NOW);
        assertEquals(35, facility.places().total());
    }

    @Test
    void applicationsFitTheStanding() {
        Facility fresh = new Facility(UUID.randomUUID(), details("乙", "路2号", 5), NOW);
        fresh.checkMayApply(ApplicationKind.FILING);
        assertThrows(ApplicationNotAllowedException.class, () -> fresh.checkMayApply(ApplicationKind.CHANGE));
        Facility facility = filed();
        assertThrows(ApplicationNotAllowedException.class, () -> facility.checkMayApply(ApplicationKind.FILING));
        facility.checkMayApply(ApplicationKind.DEREGISTRATION);
    }

    @Test
    void anApplicationIsDecidedOnce() {
        FilingApplication application = new FilingApplication(UUID.randomUUID(), UUID.randomUUID(),
                ApplicationKind.FILING, null, NOW);
        assertThrows(ApplicationStateException.class, () -> application.approve(NOW), "a draft is not decided");
        application.submit(NOW);
        application.refuse("消防验收材料缺失", NOW);
        assertThrows(ApplicationStateException.class, () -> application.approve(NOW));
        assertThrows(ApplicationStateException.class, () -> application.submit(NOW));
    }

    @Test
    void foodLicenceOnlyWhenMealsAreServed() {
        assertFalse(MaterialKind.requiredForFiling(false).contains(MaterialKind.FOOD_LICENCE));
        assertTrue(MaterialKind.requiredForFiling(true).contains(MaterialKind.FOOD_LICENCE));
        assertEquals(5, MaterialKind.requiredForFiling(false).size());
    }
}
