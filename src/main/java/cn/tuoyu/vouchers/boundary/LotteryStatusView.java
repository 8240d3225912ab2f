package cn.tuoyu.vouchers.boundary;

import java.time.Instant;

import cn.tuoyu.vouchers.control.LotteryDraws.LotteryStatus;

/**
 * A lottery batch as its staff follow it: the commitment published with it, how many children applied (live
 * applications), and once drawn, when, and how many places are offered, claimed, still waiting and expired.
 */
public record LotteryStatusView(String commitment, long applications, boolean drawn, Instant drawnAt, long offered,
        long claimed, long waiting, long expired) {

    static LotteryStatusView of(LotteryStatus s) {
        return new LotteryStatusView(s.commitment(), s.applications(), s.drawnAt() != null, s.drawnAt(), s.offered(),
                s.claimed(), s.waiting(), s.expired());
    }
}
