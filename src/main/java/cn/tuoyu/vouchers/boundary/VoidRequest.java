package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a redemption is voided (kept in the audit trail). */
public record VoidRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 100) String device) {

    /* Explicit, so the constraints stay on the fields (Payara 6.2025.10's OpenAPI generator fails on them on
     * constructor parameters). */
    public VoidRequest(String reason, String device) {
        this.reason = reason;
        this.device = device;
    }
}
