package cn.tuoyu.hourlycare.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.hourlycare.control.CareBookings;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.SessionState;

/**
 * A session as its family sees it, with the hours once the child is picked up (overstay shown) and what may be done
 * next: {@code CANCEL}, {@code SHOW_PASS}, {@code NAME_PICKUP}.
 */
public record FamilySessionView(UUID id, UUID childId, String childMaskedName, UUID facilityId, String facilityName,
        Instant startsAt, Instant endsAt, SessionState state, String paidWith, UUID voucherId,
        BigDecimal coveredHours, Instant checkedInAt, Instant checkedOutAt, Integer minutesInCare,
        BigDecimal hoursCounted, BigDecimal hoursPaid, BigDecimal overstayHours, boolean flagged,
        List<PickupView> pickups, List<String> actions) {

    /** A person named to pick up (their code is never shown again). */
    public record PickupView(UUID id, String name, String relation, boolean used) {
    }

    static FamilySessionView of(CareBookings.FamilySession f) {
        CareSession s = f.session();
        List<String> actions = new ArrayList<>();
        if (s.state() == SessionState.BOOKED) {
            actions.add("CANCEL");
        }
        if (s.state().holdsTime()) {
            actions.add("SHOW_PASS");
            actions.add("NAME_PICKUP");
        }
        return new FamilySessionView(s.id(), s.childId(), f.childMaskedName(), s.facilityId(), f.facilityName(),
                s.startsAt(), s.endsAt(), s.state(), s.voucherId() == null ? "ENTITLEMENT" : "VOUCHER", s.voucherId(),
                s.coveredHours(), s.checkedInAt(), s.checkedOutAt(), s.minutesInCare(), s.hoursCounted(),
                s.hoursPaid(), s.overstayHours(), s.flagged(),
                f.pickups().stream().map(p -> new PickupView(p.id(), p.name(), p.relation(), p.used())).toList(),
                List.copyOf(actions));
    }
}
