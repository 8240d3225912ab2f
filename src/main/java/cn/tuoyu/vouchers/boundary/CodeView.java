package cn.tuoyu.vouchers.boundary;

import java.time.Instant;
import java.util.UUID;

/** The code to show at the counter now; fetch a fresh one before {@code validUntil}. */
public record CodeView(UUID voucherId, String text, String manualCode, Instant validUntil, int refreshAfterSeconds) {
}
