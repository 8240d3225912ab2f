package cn.tuoyu.hourlycare.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Hours of one session: the started minutes from check-in to check-out (instants, so a session across midnight or a
 * change of day counts its real length; a child checked out seconds after check-in has been in care one minute),
 * rounded up per started unit of the district's rule (30: per started half hour), paid up to what the voucher covers; what is counted beyond that is overstay, charged outside the platform.
 */
public record CareHours(long minutes, BigDecimal counted, BigDecimal paid, BigDecimal overstay) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** {@code cap} is what the voucher covers; null when nothing caps it (a session paid by the entitlement). */
    public static CareHours between(Instant checkedIn, Instant checkedOut, int roundingMinutes, BigDecimal cap) {
        if (checkedOut.isBefore(checkedIn) || roundingMinutes < 1) {
            throw new IllegalArgumentException("check-out before check-in, or no rounding unit");
        }
        Duration inCare = Duration.between(checkedIn, checkedOut);
        long minutes = inCare.toMinutes() + (inCare.toSecondsPart() > 0 || inCare.toNanosPart() > 0 ? 1 : 0);
        long units = (minutes + roundingMinutes - 1) / roundingMinutes;
        BigDecimal counted = BigDecimal.valueOf(units * roundingMinutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
        BigDecimal paid = cap == null ? counted : counted.min(cap.setScale(2, RoundingMode.HALF_UP));
        return new CareHours(minutes, counted, paid, counted.subtract(paid));
    }

    public boolean overstayed() {
        return overstay.signum() > 0;
    }
}
