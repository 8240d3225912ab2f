package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.guidance.control.FamilyVisit;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.VisitAction;
import cn.tuoyu.guidance.entity.VisitState;

/** A home visit as its family sees it. */
public record VisitView(UUID id, UUID childId, VisitState state, String subDistrict, String address,
        List<WindowView> preferredWindows, WindowView scheduled, String familyResponse, String outcome,
        List<String> topics, OffsetDateTime requestedAt, Set<VisitAction> actions) {

    static VisitView of(FamilyVisit seen) {
        HomeVisit v = seen.visit();
        return new VisitView(v.id(), v.childId(), v.state(), v.subDistrict(), seen.address(),
                v.preferredWindows().stream().map(WindowView::of).toList(), WindowView.of(v.scheduled()),
                v.familyResponse(), v.outcome(), v.topics(), Times.china(v.requestedAt()),
                v.state().allowed(VisitAction.FAMILY));
    }
}
