package cn.tuoyu.facilities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** What a screen is offered for a standing is exactly what a facility in it accepts. */
class StandingTest {

    @Test
    void aFiledFacilityMayBeSuspendedOrRevokedAndASuspendedOneReinstatedOrRevoked() {
        assertEquals(EnumSet.of(StandingAction.SUSPEND, StandingAction.REVOKE), Standing.FILED.actions());
        assertEquals(EnumSet.of(StandingAction.REINSTATE, StandingAction.REVOKE), Standing.SUSPENDED.actions());
        for (Standing s : EnumSet.of(Standing.NOT_FILED, Standing.REVOKED, Standing.DEREGISTERED)) {
            assertEquals(Set.of(), s.actions(), s::name);
        }
    }

    @Test
    void aFacilityAcceptsTheActionsItsStandingOffersAndRefusesTheOthers() {
        for (Standing standing : Standing.values()) {
            for (StandingAction action : StandingAction.values()) {
                Facility facility = in(standing);
                if (standing.actions().contains(action)) {
                    apply(facility, action);
                    assertEquals(action.result(), facility.standing(), standing + " " + action);
                } else {
                    assertThrows(IllegalStandingChangeException.class, () -> apply(facility, action),
                            standing + " " + action);
                    assertEquals(standing, facility.standing());
                }
            }
        }
    }

    @Test
    void aFacilityOpensTheApplicationsItsStandingOffersAndNoOthers() {
        assertEquals(EnumSet.of(ApplicationKind.FILING), Standing.NOT_FILED.applications());
        assertEquals(EnumSet.of(ApplicationKind.CHANGE, ApplicationKind.DEREGISTRATION), Standing.FILED.applications());
        assertEquals(Standing.FILED.applications(), Standing.SUSPENDED.applications());
        assertEquals(Set.of(), Standing.REVOKED.applications());
        assertEquals(Set.of(), Standing.DEREGISTERED.applications());
        for (Standing standing : Standing.values()) {
            Facility facility = in(standing);
            for (ApplicationKind kind : ApplicationKind.values()) {
                if (standing.applications().contains(kind)) {
                    facility.checkMayApply(kind);
                } else {
                    assertThrows(ApplicationNotAllowedException.class, () -> facility.checkMayApply(kind),
                            standing + " " + kind);
                }
            }
        }
    }

    @Test
    void reviewedFieldsChangeFreelyOnlyBeforeFiling() {
        for (Standing standing : Standing.values()) {
            Facility facility = in(standing);
            FacilityDetails moved = FacilityTest.details("甲", "新路9号", 20);
            assertEquals(standing != Standing.NOT_FILED, standing.changesNeedReview(), standing::name);
            if (standing.changesNeedReview()) {
                assertThrows(ChangeNeedsReviewException.class, () -> facility.edit(moved, FacilityTest.NOW));
            } else {
                facility.edit(moved, FacilityTest.NOW);
            }
        }
    }

    static void apply(Facility facility, StandingAction action) {
        Consumer<Facility> change = switch (action) {
            case SUSPEND -> f -> f.suspend(FacilityTest.NOW);
            case REINSTATE -> f -> f.reinstate(FacilityTest.NOW);
            case REVOKE -> f -> f.revoke(FacilityTest.NOW);
        };
        change.accept(facility);
    }

    static Facility in(Standing standing) {
        Facility facility = new Facility(UUID.randomUUID(), FacilityTest.details("甲", "路1号", 20),
                FacilityTest.NOW);
        if (standing != Standing.NOT_FILED) {
            facility.file("备-001", FacilityTest.DAY, FacilityTest.NOW);
        }
        switch (standing) {
            case SUSPENDED -> facility.suspend(FacilityTest.NOW);
            case REVOKED -> facility.revoke(FacilityTest.NOW);
            case DEREGISTERED -> facility.deregister(FacilityTest.NOW);
            default -> {
            }
        }
        assertEquals(standing, facility.standing());
        return facility;
    }
}
