package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;

/** Why a redemption is voided (kept in the audit trail). */
public record VoidRequest(@NotBlank @Size(max = 500) @PlainText(multiline = true) String reason,
        @Size(max = 100) @PlainText String device) {
}
