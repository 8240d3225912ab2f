package cn.tuoyu.vouchers.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.vouchers.control.LotteryApplications.Applied;
import cn.tuoyu.vouchers.entity.ApplicationState;
import cn.tuoyu.vouchers.entity.LotteryApplication;
import cn.tuoyu.vouchers.entity.VoucherBatch;

/**
 * A child's application for a lottery batch: its pseudonymous id (what the public draw lists), its state, and once
 * drawn its tier and position; an offer's deadline; the batch's draw time and quantity, so a family can tell where it
 * stands. {@code actions}: what the family may do now ({@code WITHDRAW} before the draw, {@code CLAIM} while the offer
 * lasts).
 */
public record LotteryApplicationView(UUID id, UUID batchId, String batchName, ApplicationState state, int tier,
        Integer position, Instant offerDeadline, UUID voucherId, Instant drawAt, int quantity,
        List<String> actions) {

    static LotteryApplicationView of(Applied applied, Instant now) {
        LotteryApplication a = applied.application();
        VoucherBatch b = applied.batch();
        List<String> actions = new ArrayList<>();
        if (a.mayWithdrawAt(now, b.drawAt())) {
            actions.add("WITHDRAW");
        }
        if (a.mayClaimAt(now)) {
            actions.add("CLAIM");
        }
        return new LotteryApplicationView(a.id(), b.id(), b.name(), a.state(), a.tier(), a.position(),
                a.offerDeadline(), a.voucherId(), b.drawAt(), b.quantity(), actions);
    }
}
