package cn.tuoyu.guidance.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.tuoyu.guidance.control.RosterEntry;
import cn.tuoyu.guidance.entity.HomeVisit;
import cn.tuoyu.guidance.entity.VisitAction;
import cn.tuoyu.guidance.entity.VisitState;

/**
 * A visit on the roster; {@code address} is null unless the caller is its assignee or a coordinator. For a child
 * anonymised on withdrawal of consent the name is "已匿名", the age left out and {@code anonymised} true.
 */
public record RosterEntryView(UUID id, UUID childId, String maskedName, Integer ageInMonths, VisitState state,
        String subDistrict, String address, List<WindowView> preferredWindows, String assignedTo,
        WindowView scheduled, String familyResponse, String familyNote, String outcome, String outcomeNotes,
        List<String> topics, OffsetDateTime requestedAt, boolean overdue, boolean anonymised,
        Set<VisitAction> actions) {

    static RosterEntryView of(RosterEntry e) {
        HomeVisit v = e.visit();
        return new RosterEntryView(v.id(), v.childId(), e.maskedName(), e.ageInMonths(), v.state(),
                v.subDistrict(), e.address(), v.preferredWindows().stream().map(WindowView::of).toList(),
                v.assignedTo(), WindowView.of(v.scheduled()), v.familyResponse(), v.familyNote(), v.outcome(),
                v.outcomeNotes(), v.topics(), Times.china(v.requestedAt()), e.overdue(), e.anonymised(),
                v.state().allowed(VisitAction.STAFF));
    }
}
