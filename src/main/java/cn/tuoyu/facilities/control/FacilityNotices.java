package cn.tuoyu.facilities.control;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.tuoyu.facilities.entity.Facility;
import cn.tuoyu.facilities.entity.FilingApplication;
import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;

/**
 * Tells a facility's staff what became of its filing, in the transaction of the change (the notifications outbox):
 * submitted, then filed or refused with the gist of the reasons. Only filings (备案) are told; changes and
 * deregistrations are followed in the app.
 */
@ApplicationScoped
class FacilityNotices {

    /** How much of a refusal's reasons a notice carries (an SMS parameter is short); the app shows them whole. */
    static final int GIST = 30;

    @Inject
    Notifications notifications;

    void submitted(Facility facility, FilingApplication application) {
        tell(facility, NoticeKind.FILING_SUBMITTED, "filing-submitted:" + application.id(),
                Map.of("facility", facility.name()));
    }

    void decided(Facility facility, FilingApplication application, boolean filed) {
        tell(facility, NoticeKind.FILING_DECIDED, "filing-decided:" + application.id(),
                Map.of("facility", facility.name(), "reasons", filed ? "已备案。" : "未予备案：" + gist(application.reasons())));
    }

    static String gist(String reasons) {
        String flat = reasons.strip().replaceAll("\\s+", " ");
        return flat.length() <= GIST ? flat : flat.substring(0, GIST - 1) + "…";
    }

    private void tell(Facility facility, NoticeKind kind, String eventKey, Map<String, String> params) {
        notifications.tell(new Notice(Recipients.staffOf(facility.id()), kind, eventKey, params, "/facility", false,
                null, facility.districtCode()));
    }
}
