package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import cn.tuoyu.vouchers.control.RedemptionDesk;
import cn.tuoyu.vouchers.entity.RedemptionMethod;

/** What the counter read: the QR code's text from the camera, or the manual code typed in. Exactly one of them. */
public record RedemptionRequest(@Size(max = 200) String code, @Size(max = 40) String manualCode,
        @Size(max = 100) String device) {

    /* Explicit, so the constraints stay on the fields (Payara 6.2025.10's OpenAPI generator fails on them on
     * constructor parameters). */
    public RedemptionRequest(String code, String manualCode, String device) {
        this.code = code;
        this.manualCode = manualCode;
        this.device = device;
    }

    @AssertTrue(message = "send either the scanned code or the manual code")
    public boolean isExactlyOne() {
        return (code == null || code.isBlank()) != (manualCode == null || manualCode.isBlank());
    }

    RedemptionDesk.Submission submission() {
        return code != null && !code.isBlank() ? new RedemptionDesk.Submission(RedemptionMethod.SCAN, code.strip())
                : new RedemptionDesk.Submission(RedemptionMethod.MANUAL, manualCode.strip());
    }
}
