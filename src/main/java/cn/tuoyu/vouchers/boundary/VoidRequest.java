package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a redemption is voided (kept in the audit trail). */
public record VoidRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 100) String device) {
}
