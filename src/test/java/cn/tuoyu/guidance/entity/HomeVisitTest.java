package cn.tuoyu.guidance.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A home visit's rules without a database: its state machine, its times, what erasure leaves, when it is overdue. */
class HomeVisitTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final byte[] SEALED = new byte[40];

    static TimeWindow inHours(long from, long to) {
        return new TimeWindow(NOW.plus(Duration.ofHours(from)), NOW.plus(Duration.ofHours(to)));
    }

    static HomeVisit requested() {
        return HomeVisit.requested(UUID.randomUUID(), UUID.randomUUID(), "320684", "parent", "三厂街道", SEALED,
                List.of(inHours(48, 50), inHours(24, 26)), UUID.randomUUID(), NOW);
    }

    static HomeVisit scheduled() {
        HomeVisit visit = requested();
        visit.assign("nurse", NOW);
        visit.schedule(inHours(72, 73), NOW);
        return visit;
    }

    @Test
    void aFamilysRequestHoldsItsSealedAddressAndWindowsEarliestFirst() {
        HomeVisit visit = requested();
        assertEquals(VisitState.REQUESTED, visit.state());
        assertArrayEquals(SEALED, visit.addressCipher());
        assertEquals(List.of(inHours(24, 26), inHours(48, 50)), visit.preferredWindows());
        assertEquals(NOW, visit.requestedAt());
        assertNull(visit.assignedTo());
        assertNull(visit.scheduled());
        assertEquals(List.of(), visit.topics());
    }

    @Test
    void ofTwoWindowsStartingTogetherTheFirstIsKept() {
        HomeVisit visit = HomeVisit.requested(UUID.randomUUID(), UUID.randomUUID(), "320684", "parent", null, SEALED,
                List.of(inHours(24, 26), inHours(24, 25)), UUID.randomUUID(), NOW);
        assertEquals(List.of(inHours(24, 26)), visit.preferredWindows());
    }

    @Test
    void windowsMustEndAfterTheyStartAndLieInTheFuture() {
        assertThrows(VisitWindowInvalidException.class, () -> inHours(3, 3).checkBookableAt(NOW));
        assertThrows(VisitWindowInvalidException.class, () -> inHours(3, 2).checkBookableAt(NOW));
        assertThrows(VisitTimeInPastException.class, () -> inHours(0, 1).checkBookableAt(NOW));
        assertThrows(VisitTimeInPastException.class, () -> inHours(-2, -1).checkBookableAt(NOW));
        inHours(1, 2).checkBookableAt(NOW);
        assertThrows(VisitTimeInPastException.class, () -> HomeVisit.requested(UUID.randomUUID(), UUID.randomUUID(),
                "320684", "parent", null, SEALED, List.of(inHours(-1, 1)), UUID.randomUUID(), NOW));
    }

    @Test
    void aVisitOpenedForADueChildIsAssignedAtOnceWithoutAnAddress() {
        HomeVisit visit = HomeVisit.openedForDue(UUID.randomUUID(), UUID.randomUUID(), "320684", "coordinator",
                null, "nurse", UUID.randomUUID(), NOW);
        assertEquals(VisitState.ASSIGNED, visit.state());
        assertEquals("nurse", visit.assignedTo());
        assertNull(visit.addressCipher());
    }

    @Test
    void itIsAssignedThenScheduledAndNotScheduledBeforeItIsAssigned() {
        HomeVisit visit = requested();
        assertThrows(IllegalVisitTransitionException.class, () -> visit.schedule(inHours(72, 73), NOW));
        visit.assign("nurse", NOW);
        assertEquals(VisitState.ASSIGNED, visit.state());
        visit.schedule(inHours(72, 73), NOW);
        assertEquals(VisitState.SCHEDULED, visit.state());
        assertEquals(inHours(72, 73), visit.scheduled());
        assertThrows(VisitTimeInPastException.class, () -> visit.schedule(inHours(-2, -1), NOW));
        visit.assign("another nurse", NOW);
        assertEquals(VisitState.SCHEDULED, visit.state(), "reassigning keeps the time");
        assertEquals("another nurse", visit.assignedTo());
    }

    @Test
    void theFamilyAnswersTheScheduledTimeAndANewTimeNeedsANewAnswer() {
        HomeVisit visit = requested();
        assertThrows(IllegalVisitTransitionException.class, visit::confirm, "nothing scheduled yet");
        visit.assign("nurse", NOW);
        visit.schedule(inHours(72, 73), NOW);
        visit.confirm();
        assertEquals(HomeVisit.CONFIRMED, visit.familyResponse());
        visit.askToReschedule("周末更方便");
        assertEquals(HomeVisit.RESCHEDULE_REQUESTED, visit.familyResponse());
        assertEquals("周末更方便", visit.familyNote());
        visit.schedule(inHours(120, 121), NOW);
        assertNull(visit.familyResponse());
        assertNull(visit.familyNote());
    }

    @Test
    void doneNeedsTopicsAndClosesTheVisit() {
        HomeVisit visit = scheduled();
        assertThrows(VisitTopicsRequiredException.class, () -> visit.record(VisitOutcome.DONE, null, List.of(), NOW));
        assertThrows(VisitTopicsRequiredException.class, () -> visit.record(VisitOutcome.DONE, null, null, NOW));
        assertEquals(VisitState.SCHEDULED, visit.state(), "nothing changed");
        visit.record(VisitOutcome.DONE, "顺利", List.of("喂养", "睡眠"), NOW);
        assertEquals(VisitState.DONE, visit.state());
        assertEquals("DONE", visit.outcome());
        assertEquals("顺利", visit.outcomeNotes());
        assertEquals(List.of("喂养", "睡眠"), visit.topics());
        assertEquals(NOW, visit.closedAt());
        assertThrows(IllegalVisitTransitionException.class,
                () -> visit.record(VisitOutcome.DECLINED, null, null, NOW));
        assertThrows(IllegalVisitTransitionException.class, () -> visit.cancel(NOW));
    }

    @Test
    void anAbsentOrDecliningFamilyMissesTheVisitWithoutTopics() {
        HomeVisit absent = scheduled();
        absent.record(VisitOutcome.FAMILY_ABSENT, null, null, NOW);
        assertEquals(VisitState.MISSED, absent.state());
        assertEquals("FAMILY_ABSENT", absent.outcome());
        assertEquals(List.of(), absent.topics());
        HomeVisit declined = scheduled();
        declined.record(VisitOutcome.DECLINED, "不需要", null, NOW);
        assertEquals(VisitState.MISSED, declined.state());
        assertThrows(IllegalVisitTransitionException.class,
                () -> requested().record(VisitOutcome.FAMILY_ABSENT, null, null, NOW), "not assigned yet");
    }

    @Test
    void anOpenVisitIsCancelledOnce() {
        HomeVisit visit = requested();
        visit.cancel(NOW);
        assertEquals(VisitState.CANCELLED, visit.state());
        assertEquals(HomeVisit.CANCELLED, visit.outcome());
        assertEquals(NOW, visit.closedAt());
        assertThrows(IllegalVisitTransitionException.class, () -> visit.cancel(NOW));
        assertThrows(IllegalVisitTransitionException.class, () -> visit.assign("nurse", NOW));
    }

    @Test
    void erasureRemovesWhatTheFamilyGaveAndKeepsWhatStaffRecorded() {
        HomeVisit visit = scheduled();
        visit.askToReschedule("请周末来");
        visit.record(VisitOutcome.DONE, "顺利", List.of("喂养"), NOW);
        visit.eraseFamilyData();
        assertNull(visit.addressCipher());
        assertNull(visit.familyNote());
        assertEquals("顺利", visit.outcomeNotes());
        assertEquals(List.of("喂养"), visit.topics());
    }

    @Test
    void aScheduledVisitIsOverdueOnceItsTimeHasPassed() {
        HomeVisit visit = scheduled();
        Instant end = visit.scheduled().end();
        assertFalse(visit.overdueAt(end, 14));
        assertTrue(visit.overdueAt(end.plusMillis(1), 14));
    }

    @Test
    void anUnscheduledVisitIsOverdueAfterTheDistrictsDays() {
        HomeVisit visit = requested();
        Instant due = NOW.plus(Duration.ofDays(14));
        assertFalse(visit.overdueAt(due, 14));
        assertTrue(visit.overdueAt(due.plusMillis(1), 14));
        assertTrue(visit.overdueAt(NOW.plus(Duration.ofDays(4)), 3), "the district's own days");
        visit.assign("nurse", NOW);
        assertTrue(visit.overdueAt(due.plusMillis(1), 14), "assigned but unscheduled");
        visit.cancel(NOW);
        assertFalse(visit.overdueAt(due.plus(Duration.ofDays(100)), 14), "a closed visit is never overdue");
    }

    @Test
    void aDoneVisitIsNotOverdue() {
        HomeVisit visit = scheduled();
        visit.record(VisitOutcome.DONE, null, List.of("喂养"), NOW);
        assertFalse(visit.overdueAt(NOW.plus(Duration.ofDays(30)), 14));
        assertNotNull(visit.closedAt());
    }
}
