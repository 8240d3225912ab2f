package cn.tuoyu.guidance.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A home visit (入户指导) as stored. {@code address} is null in copies handed to anyone who may not see it (only the
 * family, the assigned staff member and the district's coordinators may).
 */
public record HomeVisit(UUID id, String districtCode, UUID childId, VisitState state, String subDistrict,
        String address, List<TimeWindow> preferredWindows, String assignedTo, TimeWindow scheduled,
        String familyResponse, String familyNote, String outcome, String outcomeNotes, List<String> topics,
        Instant requestedAt, Instant closedAt, boolean overdue) {

    public HomeVisit withoutAddress() {
        return new HomeVisit(id, districtCode, childId, state, subDistrict, null, preferredWindows, assignedTo,
                scheduled, familyResponse, familyNote, outcome, outcomeNotes, topics, requestedAt, closedAt, overdue);
    }
}
