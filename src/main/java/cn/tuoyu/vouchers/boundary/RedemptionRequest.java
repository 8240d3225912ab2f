package cn.tuoyu.vouchers.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import cn.tuoyu.platform.validation.PlainText;
import cn.tuoyu.vouchers.control.RedemptionDesk;
import cn.tuoyu.vouchers.entity.RedemptionMethod;

/** What the counter read: the QR code's text from the camera, or the manual code typed in. Exactly one of them. */
public record RedemptionRequest(@Size(max = 200) @PlainText String code,
        @Size(max = 40) @PlainText String manualCode, @Size(max = 100) @PlainText String device) {

    @AssertTrue(message = "send either the scanned code or the manual code")
    public boolean isExactlyOne() {
        return (code == null || code.isBlank()) != (manualCode == null || manualCode.isBlank());
    }

    RedemptionDesk.Submission submission() {
        return code != null && !code.isBlank()
                ? new RedemptionDesk.Submission(RedemptionMethod.SCAN, code.strip())
                : new RedemptionDesk.Submission(RedemptionMethod.MANUAL, manualCode.strip());
    }
}
