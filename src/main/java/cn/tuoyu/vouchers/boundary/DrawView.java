package cn.tuoyu.vouchers.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.vouchers.control.LotteryDraws.PublicDraw;

/**
 * A lottery batch's draw as the public sees it: the commitment (from publishing on), the seed and the drawn order of
 * pseudonymous application ids with their tier and position (only once drawn), and the algorithm in words, so that
 * anyone can recompute it ({@code tools/VerifyDraw.java}). Nothing else about anyone.
 */
public record DrawView(UUID batchId, String name, String districtCode, int quantity, Instant drawAt, boolean drawn,
        Instant drawnAt, String commitment, String seed, String algorithm, List<Entry> entries) {

    /** One drawn application. */
    public record Entry(UUID applicationId, int tier, int position) {
    }

    static DrawView of(PublicDraw d) {
        return new DrawView(d.batchId(), d.name(), d.districtCode(), d.quantity(), d.drawAt(), d.seed() != null,
                d.drawnAt(), d.commitment(), d.seed(), d.algorithm(),
                d.entries().stream().map(e -> new Entry(e.applicationId(), e.tier(), e.position())).toList());
    }
}
