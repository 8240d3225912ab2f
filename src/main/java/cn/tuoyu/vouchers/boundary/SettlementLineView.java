package cn.tuoyu.vouchers.boundary;

import java.math.BigDecimal;
import java.util.UUID;

import cn.tuoyu.vouchers.control.Settlements;

/**
 * Redemptions of one batch at one facility in the month, with what they are worth; of them, the hourly-care sessions
 * that have ended and the hours of care they gave.
 */
public record SettlementLineView(UUID facilityId, String facilityName, UUID batchId, String batchName,
        int redemptions, BigDecimal careHours, long faceValueCents, int sessions, BigDecimal hoursGiven) {

    static SettlementLineView of(Settlements.Line l) {
        return new SettlementLineView(l.facilityId(), l.facilityName(), l.batchId(), l.batchName(), l.redemptions(),
                l.careHours(), l.faceValueCents(), l.sessions(), l.hoursGiven());
    }
}
