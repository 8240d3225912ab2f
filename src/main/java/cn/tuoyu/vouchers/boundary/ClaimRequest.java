package cn.tuoyu.vouchers.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Claim a voucher of a batch for one of the resident's children. */
public record ClaimRequest(@NotNull UUID batchId, @NotNull UUID childId) {
}
