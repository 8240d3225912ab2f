package cn.tuoyu.hourlycare.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import cn.tuoyu.hourlycare.control.CareDesk;
import cn.tuoyu.platform.validation.PlainText;
import cn.tuoyu.vouchers.entity.RedemptionMethod;

/**
 * What the counter read: a pass's scanned code, its manual code, or (at pick-up) a named person's one-time pick-up
 * code. Exactly one of them.
 */
public record DeskCodeRequest(@Size(max = 200) @PlainText String code, @Size(max = 40) @PlainText String manualCode,
        @Size(max = 40) @PlainText String pickupCode, @Size(max = 100) @PlainText String device) {

    @AssertTrue(message = "send one of: the scanned code, the manual code, the pick-up code")
    public boolean isExactlyOne() {
        return present(code) + present(manualCode) + present(pickupCode) == 1;
    }

    private static int present(String s) {
        return s == null || s.isBlank() ? 0 : 1;
    }

    CareDesk.Submission submission() {
        if (present(code) == 1) {
            return new CareDesk.Submission(RedemptionMethod.SCAN, code.strip(), false);
        }
        if (present(manualCode) == 1) {
            return new CareDesk.Submission(RedemptionMethod.MANUAL, manualCode.strip(), false);
        }
        return new CareDesk.Submission(RedemptionMethod.MANUAL, pickupCode.strip(), true);
    }
}
