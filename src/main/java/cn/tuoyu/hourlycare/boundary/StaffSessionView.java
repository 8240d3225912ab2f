package cn.tuoyu.hourlycare.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.tuoyu.hourlycare.control.CareDesk;
import cn.tuoyu.hourlycare.entity.SessionState;

/**
 * A session as facility staff see it: the child's masked name and age, who checked it in (by name), who may pick up and who did, and the
 * hours (overstay shown); {@code actions} says what may be done next ({@code CHECK_OUT}).
 */
public record StaffSessionView(UUID id, String childMaskedName, int childAgeMonths, Instant startsAt, Instant endsAt,
        SessionState state, Instant checkedInAt, String checkedInBy, Instant checkedOutAt, String pickedUpBy,
        boolean pickedUpByGuardian, BigDecimal coveredHours, BigDecimal hoursCounted, BigDecimal hoursPaid,
        BigDecimal overstayHours, boolean flagged, List<CareDesk.Authorised> authorised, List<String> actions) {

    static StaffSessionView of(CareDesk.StaffSession s) {
        return new StaffSessionView(s.id(), s.childMaskedName(), s.childAgeMonths(), s.startsAt(), s.endsAt(),
                s.state(), s.checkedInAt(), s.checkedInBy(), s.checkedOutAt(), s.pickedUpBy(), s.pickedUpByGuardian(),
                s.coveredHours(), s.hoursCounted(), s.hoursPaid(), s.overstayHours(), s.flagged(), s.authorised(),
                s.state() == SessionState.CHECKED_IN ? List.of("CHECK_OUT") : List.of());
    }
}
