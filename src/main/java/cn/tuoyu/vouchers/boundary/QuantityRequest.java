package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A batch's new quantity; it cannot go below what has been claimed. */
public record QuantityRequest(@NotNull @Positive @Max(10_000_000) Integer quantity) {

    /* Explicit, so the constraints stay on the fields (Payara 6.2025.10's OpenAPI generator fails on them on
     * constructor parameters). */
    public QuantityRequest(Integer quantity) {
        this.quantity = quantity;
    }
}
