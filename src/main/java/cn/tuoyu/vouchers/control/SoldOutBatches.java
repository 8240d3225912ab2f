package cn.tuoyu.vouchers.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The batches this instance has just found sold out, so that the thousands of claims that follow in the same
 * seconds are answered without a transaction or a database read. Only a hint: the database still decides every
 * claim, and a remembered batch is forgotten after {@link #MEMORY} or at once when its quantity or status changes
 * here. Another instance learns of a raised quantity within {@link #MEMORY}.
 */
@ApplicationScoped
public class SoldOutBatches {

    static final Duration MEMORY = Duration.ofSeconds(2);

    private final Map<UUID, Instant> soldOutAt = new ConcurrentHashMap<>();

    boolean recentlySoldOut(UUID batchId, Instant now) {
        Instant seen = soldOutAt.get(batchId);
        if (seen == null) {
            return false;
        }
        if (seen.plus(MEMORY).isAfter(now)) {
            return true;
        }
        soldOutAt.remove(batchId, seen);
        return false;
    }

    void soldOut(UUID batchId, Instant now) {
        soldOutAt.put(batchId, now);
    }

    void forget(UUID batchId) {
        soldOutAt.remove(batchId);
    }
}
