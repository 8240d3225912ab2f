package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A lottery application's life, offer deadlines, and a lottery batch's terms and window. */
class LotteryApplicationTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant DRAW = OPENS.plus(Duration.ofDays(2));
    static final Instant CLOSES = OPENS.plus(Duration.ofDays(7));

    static BatchTerms lottery(int perChild, Instant drawAt, Integer offerHours) {
        return new BatchTerms("抽签券", new BigDecimal("2.0"), null, 2, perChild, 13, 36, true, Set.of(), OPENS,
                CLOSES, CLOSES.plus(Duration.ofDays(30)), false, Allocation.LOTTERY, drawAt, offerHours);
    }

    static LotteryApplication applied() {
        return new LotteryApplication(UUID.randomUUID(), UUID.randomUUID(), "guardian", 1, OPENS.plusSeconds(60));
    }

    @Test
    void anApplicationIsWithdrawnOnlyBeforeItsDraw() {
        LotteryApplication a = applied();
        assertNotEquals(a.id(), applied().id(), "a random id each");
        assertTrue(a.mayWithdrawAt(DRAW.minusSeconds(1), DRAW));
        assertThrows(ApplicationNotWithdrawableException.class, () -> a.withdrawAt(DRAW, DRAW), "not at the draw");
        a.withdrawAt(DRAW.minusSeconds(1), DRAW);
        assertEquals(ApplicationState.WITHDRAWN, a.state());
        assertFalse(a.state().live());
        assertThrows(ApplicationNotWithdrawableException.class, () -> a.withdrawAt(DRAW.minusSeconds(1), DRAW));
        assertThrows(IllegalStateException.class, () -> a.drawnAt(1), "a withdrawn application is not drawn");

        UUID id = a.id();
        a.reapplyAt(DRAW.minusSeconds(1), DRAW, 2);
        assertEquals(ApplicationState.APPLIED, a.state());
        assertEquals(id, a.id(), "applying again keeps the id, and so the rank a seed gives it");
        assertEquals(2, a.tier());
        assertThrows(ApplicationNotWithdrawableException.class, () -> a.reapplyAt(DRAW.minusSeconds(1), DRAW, 1),
                "only a withdrawn application applies again");
        a.withdrawAt(DRAW.minusSeconds(1), DRAW);
        assertThrows(ApplicationNotWithdrawableException.class, () -> a.reapplyAt(DRAW, DRAW, 1), "not at the draw");

        LotteryApplication drawn = applied();
        drawn.drawnAt(3);
        assertThrows(ApplicationNotWithdrawableException.class, () -> drawn.withdrawAt(OPENS, DRAW),
                "once drawn, never withdrawn");
    }

    @Test
    void anOfferIsClaimedBeforeItsDeadlineOnceAndExpiresForGoodAfter() {
        LotteryApplication a = applied();
        a.drawnAt(1);
        assertEquals(ApplicationState.WAITING, a.state());
        assertEquals(1, a.position());
        assertFalse(a.mayClaimAt(DRAW), "waiting is not an offer");
        assertThrows(NoLotteryOfferException.class, () -> a.claimAt(DRAW, UUID.randomUUID()));
        Instant deadline = DRAW.plus(Duration.ofHours(24));
        assertThrows(IllegalArgumentException.class, () -> a.offer(DRAW, DRAW));
        a.offer(DRAW, deadline);
        assertTrue(a.mayClaimAt(deadline.minusSeconds(1)));
        assertFalse(a.mayClaimAt(deadline));
        assertThrows(NoLotteryOfferException.class, () -> a.claimAt(deadline, UUID.randomUUID()),
                "not at the deadline");
        assertThrows(IllegalStateException.class, () -> a.expireOfferAt(deadline.minusSeconds(1)), "not before it");
        a.expireOfferAt(deadline);
        assertEquals(ApplicationState.OFFER_EXPIRED, a.state());
        assertThrows(IllegalStateException.class, () -> a.offer(deadline, deadline.plusSeconds(60)),
                "an expired offer never comes back");

        LotteryApplication claimed = applied();
        claimed.drawnAt(2);
        claimed.offer(DRAW, deadline);
        UUID voucher = UUID.randomUUID();
        claimed.claimAt(DRAW.plusSeconds(1), voucher);
        assertEquals(ApplicationState.CLAIMED, claimed.state());
        assertEquals(voucher, claimed.voucherId());
        assertThrows(NoLotteryOfferException.class, () -> claimed.claimAt(DRAW.plusSeconds(2), UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> claimed.expireOfferAt(deadline));
    }

    @Test
    void erasingTheChildWithdrawsItsApplicationOrEndsItsOfferButLeavesAWaitingPosition() {
        LotteryApplication notDrawn = applied();
        assertFalse(notDrawn.closeOnErasure(DRAW.plusSeconds(5)), "no offer ended");
        assertEquals(ApplicationState.WITHDRAWN, notDrawn.state(), "even past the draw time, before the draw ran");
        LotteryApplication offered = applied();
        offered.drawnAt(1);
        offered.offer(DRAW, DRAW.plus(Duration.ofHours(24)));
        assertTrue(offered.closeOnErasure(DRAW.plusSeconds(5)), "the offer ends: its place passes down");
        assertEquals(ApplicationState.OFFER_EXPIRED, offered.state());
        LotteryApplication waiting = applied();
        waiting.drawnAt(4);
        assertFalse(waiting.closeOnErasure(DRAW.plusSeconds(5)));
        assertEquals(ApplicationState.WAITING, waiting.state());
    }

    @Test
    void aPriorityRulePutsChildrenWithoutAVoucherThisYearInTheFirstTier() {
        assertEquals(1, PriorityRule.NONE.tier(true));
        assertEquals(1, PriorityRule.NONE.tier(false));
        assertEquals(1, PriorityRule.NO_VOUCHER_THIS_YEAR.tier(false));
        assertEquals(2, PriorityRule.NO_VOUCHER_THIS_YEAR.tier(true));
    }

    @Test
    void anOfferLastsTheBatchsHoursButNeverPastItsClaims() {
        assertEquals(DRAW.plus(Duration.ofHours(24)),
                LotteryApplication.offerDeadline(DRAW, Duration.ofHours(24), CLOSES));
        assertEquals(CLOSES, LotteryApplication.offerDeadline(CLOSES.minusSeconds(3600), Duration.ofHours(24), CLOSES));
        VoucherBatch batch = new VoucherBatch("320614", lottery(1, DRAW, 48), "staff", OPENS);
        assertEquals(DRAW.plus(Duration.ofHours(48)), batch.offerDeadlineFrom(DRAW));
        assertEquals(CLOSES, batch.offerDeadlineFrom(CLOSES.minus(Duration.ofHours(1))));
        assertTrue(batch.mayOfferAt(CLOSES.minusSeconds(1)));
        assertFalse(batch.mayOfferAt(CLOSES));
    }

    @Test
    void aLotteryBatchGivesOnePerChildDrawsInsideItsWindowAndCommitsToItsSeedOnPublishing() {
        assertThrows(InvalidBatchTermsException.class, () -> lottery(2, DRAW, 24), "one voucher per child");
        assertThrows(InvalidBatchTermsException.class, () -> lottery(1, OPENS, 24), "the draw after opening");
        assertThrows(InvalidBatchTermsException.class, () -> lottery(1, CLOSES, 24), "the draw before closing");
        assertThrows(InvalidBatchTermsException.class, () -> lottery(1, DRAW, null), "offers need hours");
        VoucherBatch batch = new VoucherBatch("320614", lottery(1, DRAW, 24), "staff", OPENS);
        assertEquals(lottery(1, DRAW, 24), batch.terms());
        assertThrows(LotteryClosedException.class, () -> batch.checkTakesApplicationsAt(OPENS),
                "a draft takes no applications");
        batch.changeStatus(BatchStatus.PUBLISHED);
        byte[] seed = DrawOrder.newSeed();
        batch.sealSeedOnce(seed);
        batch.sealSeedOnce(DrawOrder.newSeed());
        assertEquals(DrawOrder.commitment(seed), batch.lotteryCommitment(), "the first seed is kept");
        assertThrows(LotteryClosedException.class, () -> batch.checkTakesApplicationsAt(OPENS.minusSeconds(1)));
        batch.checkTakesApplicationsAt(OPENS);
        batch.checkTakesApplicationsAt(DRAW.minusSeconds(1));
        assertThrows(LotteryClosedException.class, () -> batch.checkTakesApplicationsAt(DRAW));
        assertThrows(LotteryQuantityFixedException.class, batch::checkResizable);

        VoucherBatch firstCome = VoucherBatchTest.published(true);
        assertThrows(NotALotteryBatchException.class, () -> firstCome.checkTakesApplicationsAt(OPENS));
        firstCome.sealSeedOnce(seed);
        assertEquals(null, firstCome.lotteryCommitment(), "a first-come batch has no draw");
    }
}
