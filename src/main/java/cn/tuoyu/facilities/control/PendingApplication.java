package cn.tuoyu.facilities.control;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.facilities.entity.ApplicationKind;

/** An application waiting for the district's review. */
public record PendingApplication(UUID applicationId, UUID facilityId, String facilityName, ApplicationKind kind,
        Instant submittedAt) {
}
