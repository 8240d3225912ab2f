package cn.tuoyu.hourlycare.control;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FacilitySummary;
import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.hourlycare.entity.CareHours;
import cn.tuoyu.hourlycare.entity.CareSession;
import cn.tuoyu.hourlycare.entity.PickupPerson;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.vouchers.entity.ManualCode;

/**
 * Tells a child's guardians what happened to a session, in the transaction of the change (the notifications outbox):
 * booked, cancelled, tomorrow, checked in, checked out (hours, overstay), closed uncollected, no-show; each with the
 * masked child name, the facility and a China time, linking to {@code /care}. Closed uncollected is essential. The
 * one-time code of a named pick-up person goes to their phone as an SMS of its own (they are no user), essential, with
 * the session's start as its deadline so quiet hours do not hold it past the drop-off.
 */
@ApplicationScoped
class CareNotices {

    private static final String LINK = "/care";

    @Inject
    ChildDirectory children;

    @Inject
    FacilityStanding standing;

    @Inject
    Notifications notifications;

    /** Booked, cancelled, reminded or a no-show: the session's start time. */
    void about(CareSession s, NoticeKind kind, String event) {
        tell(s, kind, event, Map.of("at", Notice.chinaTime(s.startsAt())), false);
    }

    void checkedIn(CareSession s) {
        tell(s, NoticeKind.CARE_CHECKED_IN, "checked-in", Map.of("at", Notice.chinaTime(s.checkedInAt())), false);
    }

    void checkedOut(CareSession s, CareHours hours) {
        Map<String, String> params = new HashMap<>(Map.of("at", Notice.chinaTime(s.checkedOutAt()), "hours",
                hours.counted().toPlainString()));
        if (hours.overstayed()) {
            params.put("overstay", hours.overstay().toPlainString());
        }
        tell(s, hours.overstayed() ? NoticeKind.CARE_CHECKED_OUT_OVERSTAY : NoticeKind.CARE_CHECKED_OUT,
                "checked-out", params, false);
    }

    void closedUncollected(CareSession s) {
        tell(s, NoticeKind.CARE_CLOSED_UNCOLLECTED, "closed", Map.of(), true);
    }

    /** Whether a pick-up code goes by SMS (SMS is on); when not, the guardian is shown it to pass on. */
    boolean sendsPickupCodes() {
        return notifications.sendsSms();
    }

    /** The one-time code to the named person's phone; the code lives in the outbox only until it is sent. */
    void pickupCode(CareSession s, PickupPerson person, ManualCode code) {
        children.facts(s.childId()).ifPresent(child -> {
            Map<String, String> params = Map.of("child", child.maskedName(), "facility", facility(s), "code",
                    code.display());
            notifications.tell(new Notice(Recipients.phone(person.phone()), NoticeKind.CARE_PICKUP_CODE,
                    "care-pickup-code:" + person.id(), params, null, true, s.startsAt(), s.districtCode(),
                    s.childId()));
        });
    }

    private void tell(CareSession s, NoticeKind kind, String event, Map<String, String> params, boolean essential) {
        children.facts(s.childId()).ifPresent(child -> {
            Map<String, String> all = new HashMap<>(params);
            all.put("child", child.maskedName());
            all.put("facility", facility(s));
            notifications.tell(new Notice(Recipients.people(children.guardiansOf(s.childId())), kind, "care-"
                    + event + ":" + s.id(), all, LINK, essential, null, s.districtCode(), s.childId()));
        });
    }

    private String facility(CareSession s) {
        return standing.lookup(s.facilityId()).map(FacilitySummary::name).orElse("");
    }
}
