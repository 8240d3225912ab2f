package cn.tuoyu.hourlycare.boundary;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Book the slot starting at {@code startsAt} for a child; pay with {@code voucherId}, or without one where allowed. */
public record BookingRequest(@NotNull UUID facilityId, @NotNull UUID childId, @NotNull Instant startsAt,
        UUID voucherId) {
}
