package cn.tuoyu.facilities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a screen is offered for an application is exactly what the application accepts in its status. */
class ApplicationStatusTest {

    @Test
    void aDraftIsFilledAndSubmittedAndAPendingOneDecided() {
        assertEquals(EnumSet.of(ApplicationAction.UPLOAD, ApplicationAction.SUBMIT), ApplicationStatus.DRAFT.actions());
        assertEquals(EnumSet.of(ApplicationAction.DECIDE), ApplicationStatus.PENDING.actions());
        assertEquals(Set.of(), ApplicationStatus.APPROVED.actions());
        assertEquals(Set.of(), ApplicationStatus.REFUSED.actions());
    }

    @Test
    void eachRoleIsOfferedOnlyItsOwnActions() {
        assertEquals(EnumSet.of(ApplicationAction.UPLOAD, ApplicationAction.SUBMIT),
                ApplicationStatus.DRAFT.allowed(ApplicationAction.FACILITY_STAFF));
        assertEquals(Set.of(), ApplicationStatus.DRAFT.allowed(ApplicationAction.HEALTH_STAFF));
        assertEquals(Set.of(), ApplicationStatus.PENDING.allowed(ApplicationAction.FACILITY_STAFF));
        assertEquals(EnumSet.of(ApplicationAction.DECIDE),
                ApplicationStatus.PENDING.allowed(ApplicationAction.HEALTH_STAFF));
    }

    @Test
    void anApplicationAcceptsTheActionsItsStatusOffersAndRefusesTheOthers() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                FilingApplication application = in(status);
                if (status.actions().contains(action)) {
                    apply(application, action);
                } else {
                    assertThrows(ApplicationStateException.class, () -> apply(application, action),
                            status + " " + action);
                }
            }
        }
    }

    static void apply(FilingApplication application, ApplicationAction action) {
        switch (action) {
            case UPLOAD -> application.checkEditable();
            case SUBMIT -> application.submit(FacilityTest.NOW);
            case DECIDE -> application.approve(FacilityTest.NOW);
        }
    }

    static FilingApplication in(ApplicationStatus status) {
        FilingApplication application = new FilingApplication(UUID.randomUUID(), UUID.randomUUID(),
                ApplicationKind.FILING, null, FacilityTest.NOW);
        if (status != ApplicationStatus.DRAFT) {
            application.submit(FacilityTest.NOW);
        }
        switch (status) {
            case APPROVED -> application.approve(FacilityTest.NOW);
            case REFUSED -> application.refuse("材料不全", FacilityTest.NOW);
            default -> {
            }
        }
        assertEquals(status, application.status());
        return application;
    }
}
