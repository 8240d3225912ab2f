package cn.tuoyu.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.tuoyu.guidance.entity.ClassPlan;
import cn.tuoyu.guidance.entity.IllegalVisitTransitionException;
import cn.tuoyu.guidance.entity.VisitAction;
import cn.tuoyu.guidance.entity.VisitState;

/** The home-visit state machine, every state against every action, and the rules a class plan keeps. */
class VisitStateTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DUE, REQUEST, REQUESTED",
            "DUE, OPEN_FOR_DUE, ASSIGNED",
            "REQUESTED, ASSIGN, ASSIGNED",
            "ASSIGNED, ASSIGN, ASSIGNED",
            "SCHEDULED, ASSIGN, SCHEDULED",
            "ASSIGNED, SCHEDULE, SCHEDULED",
            "SCHEDULED, SCHEDULE, SCHEDULED",
            "SCHEDULED, CONFIRM, SCHEDULED",
            "SCHEDULED, ASK_RESCHEDULE, SCHEDULED",
            "ASSIGNED, RECORD_DONE, DONE",
            "SCHEDULED, RECORD_DONE, DONE",
            "SCHEDULED, RECORD_ABSENT, MISSED",
            "SCHEDULED, RECORD_DECLINED, MISSED",
            "ASSIGNED, RECORD_ABSENT, MISSED",
            "ASSIGNED, RECORD_DECLINED, MISSED",
            "REQUESTED, CANCEL, CANCELLED",
            "ASSIGNED, CANCEL, CANCELLED",
            "SCHEDULED, CANCEL, CANCELLED"})
    void allowedTransitions(VisitState from, VisitAction action, VisitState to) {
        assertEquals(to, from.after(action));
    }

    @Test
    void everyOtherPairIsRefusedWithAConflict() {
        int refused = 0;
        for (VisitState from : VisitState.values()) {
            for (VisitAction action : VisitAction.values()) {
                if (allowed(from, action)) {
                    continue;
                }
                var e = assertThrows(IllegalVisitTransitionException.class, () -> from.after(action),
                        from + " " + action);
                assertEquals(409, e.status());
                assertEquals("visit-state-conflict", e.slug());
                refused++;
            }
        }
        assertEquals(VisitState.values().length * VisitAction.values().length - 18, refused);
    }

    @Test
    void closedVisitsAcceptNothing() {
        for (VisitState closed : EnumSet.of(VisitState.DONE, VisitState.MISSED, VisitState.CANCELLED)) {
            for (VisitAction action : VisitAction.values()) {
                assertThrows(IllegalVisitTransitionException.class, () -> closed.after(action));
            }
        }
    }

    @Test
    void aRequestedVisitIsNotScheduledBeforeItIsAssigned() {
        assertThrows(IllegalVisitTransitionException.class, () -> VisitState.REQUESTED.after(VisitAction.SCHEDULE));
        assertThrows(IllegalVisitTransitionException.class,
                () -> VisitState.REQUESTED.after(VisitAction.RECORD_DONE));
    }

    private static boolean allowed(VisitState from, VisitAction action) {
        try {
            from.after(action);
            return true;
        } catch (IllegalVisitTransitionException e) {
            return false;
        }
    }

    // ---- class plans -------------------------------------------------------------------------------------------

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant START = Instant.parse("2026-12-05T01:30:00Z");
    private static final Instant END = Instant.parse("2026-12-05T03:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "class-capacity-invalid,   0,  0, 12, 2026-12-05T01:30:00Z, 2026-12-05T03:00:00Z, ",
            "class-capacity-invalid,  -3,  0, 12, 2026-12-05T01:30:00Z, 2026-12-05T03:00:00Z, ",
            "class-age-band-invalid,  10, 12,  6, 2026-12-05T01:30:00Z, 2026-12-05T03:00:00Z, ",
            "class-ends-before-start, 10,  0, 12, 2026-12-05T01:30:00Z, 2026-12-05T01:00:00Z, ",
            "class-ends-before-start, 10,  0, 12, 2026-12-05T01:30:00Z, 2026-12-05T01:30:00Z, ",
            "class-cutoff-after-start, 10, 0, 12, 2026-12-05T01:30:00Z, 2026-12-05T03:00:00Z, 2026-12-05T01:31:00Z",
            "class-in-past,           10,  0, 12, 2026-11-30T01:30:00Z, 2026-11-30T03:00:00Z, ",
            "class-in-past,           10,  0, 12, 2026-12-01T02:00:00Z, 2026-12-01T03:00:00Z, "})
    void refusedPlans(String slug, int capacity, int from, int to, Instant start, Instant end, Instant cutoff) {
        var e = assertThrows(ClassPlan.InvalidClassPlanException.class,
                () -> new ClassPlan("t", "v", start, end, cutoff, capacity, from, to).checkedAt(NOW));
        assertEquals(slug, e.slug());
        assertEquals(422, e.status());
    }

    @Test
    void theCutoffDefaultsToTheStartAndTheBandIsInclusive() {
        ClassPlan plan = new ClassPlan("t", "v", START, END, null, 1, 0, 12).checkedAt(NOW);
        assertEquals(START, plan.cutoff());
        assertEquals(true, plan.admits(0));
        assertEquals(true, plan.admits(12));
        assertEquals(false, plan.admits(13));
    }

    @Test
    void aScreenIsOfferedExactlyTheActionsTheStateAllows() {
        assertEquals(EnumSet.of(VisitAction.ASSIGN, VisitAction.CANCEL),
                VisitState.REQUESTED.allowed(VisitAction.STAFF));
        assertEquals(EnumSet.of(VisitAction.ASSIGN, VisitAction.SCHEDULE, VisitAction.RECORD_DONE,
                VisitAction.RECORD_ABSENT, VisitAction.RECORD_DECLINED, VisitAction.CANCEL),
                VisitState.SCHEDULED.allowed(VisitAction.STAFF));
        assertEquals(EnumSet.of(VisitAction.CONFIRM, VisitAction.ASK_RESCHEDULE, VisitAction.CANCEL),
                VisitState.SCHEDULED.allowed(VisitAction.FAMILY));
        assertEquals(EnumSet.of(VisitAction.CANCEL), VisitState.ASSIGNED.allowed(VisitAction.FAMILY));
        assertEquals(EnumSet.noneOf(VisitAction.class), VisitState.DONE.allowed(EnumSet.allOf(VisitAction.class)));
        for (VisitState state : VisitState.values()) {
            for (VisitAction action : VisitAction.values()) {
                boolean offered = state.allowed(EnumSet.allOf(VisitAction.class)).contains(action);
                boolean happens;
                try {
                    state.after(action);
                    happens = true;
                } catch (IllegalVisitTransitionException refused) {
                    happens = false;
                }
                assertEquals(happens, offered, state + " " + action);
            }
        }
    }
}
