package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** A screen offers a voucher's code exactly when the voucher's state lets its holder show it. */
class VoucherStateTest {

    @Test
    void onlyAClaimedVoucherIsUsable() {
        for (VoucherState state : VoucherState.values()) {
            assertEquals(state == VoucherState.CLAIMED, state.usable(), state::name);
        }
    }

    @Test
    void aVoucherShowsItsCodeAndMayBeCancelledExactlyWhenItsStateIsUsable() {
        for (VoucherState state : EnumSet.allOf(VoucherState.class)) {
            Voucher voucher = in(state);
            if (state.usable()) {
                voucher.codeAt(VoucherTest.NOW);
                voucher.cancelAt(VoucherTest.NOW);
            } else {
                assertThrows(RuntimeException.class, () -> voucher.codeAt(VoucherTest.NOW), state::name);
                assertThrows(IllegalStateException.class, () -> voucher.cancelAt(VoucherTest.NOW), state::name);
            }
        }
    }

    @Test
    void aVoucherHeldForASessionIsUsedAtCheckInOrGivenBackButNeverAtTheCounter() {
        Voucher held = in(VoucherState.HELD);
        assertThrows(VoucherHeldException.class, () -> held.redeemAt(VoucherTest.NOW));
        assertThrows(VoucherHeldException.class, () -> held.holdAt(VoucherTest.NOW), "held for one session only");
        held.releaseHold();
        assertEquals(VoucherState.CLAIMED, held.state());
        assertThrows(IllegalStateException.class, held::releaseHold);
        Voucher checkedIn = in(VoucherState.HELD);
        checkedIn.redeemHeld();
        assertEquals(VoucherState.REDEEMED, checkedIn.state());
        Voucher noShow = in(VoucherState.HELD);
        noShow.consumeHeld(VoucherTest.NOW);
        assertEquals(VoucherState.CANCELLED, noShow.state());
    }

    static Voucher in(VoucherState state) {
        Voucher voucher = VoucherTest.claimed();
        switch (state) {
            case REDEEMED -> voucher.redeemAt(VoucherTest.NOW);
            case EXPIRED -> voucher.expireAt(voucher.validUntil());
            case CANCELLED -> voucher.cancelAt(VoucherTest.NOW);
            case HELD -> voucher.holdAt(VoucherTest.NOW);
            case CLAIMED -> {
            }
        }
        assertEquals(state, voucher.state());
        return voucher;
    }
}
