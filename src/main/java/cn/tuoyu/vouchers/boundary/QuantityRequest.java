package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A batch's new quantity; it cannot go below what has been claimed. */
public record QuantityRequest(@NotNull @Positive @Max(10_000_000) Integer quantity) {
}
