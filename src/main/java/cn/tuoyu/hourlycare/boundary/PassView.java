package cn.tuoyu.hourlycare.boundary;

import java.time.Instant;
import java.util.UUID;

/** The guardian's pass to show at drop-off and pick-up now; fetch a fresh one before {@code validUntil}. */
public record PassView(UUID sessionId, String text, String manualCode, Instant validUntil, int refreshAfterSeconds) {
}
