package cn.tuoyu.facilities.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.facilities.control.PendingApplication;

/** An application waiting for review. */
public record PendingView(UUID applicationId, UUID facilityId, String facilityName, String kind, Instant submittedAt) {

    static PendingView of(PendingApplication p) {
        return new PendingView(p.applicationId(), p.facilityId(), p.facilityName(), p.kind().name(), p.submittedAt());
    }
}
