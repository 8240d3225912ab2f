package cn.tuoyu.facilities.boundary;

import java.time.Instant;
import java.util.UUID;

import cn.tuoyu.facilities.control.Refusal;

/** A refused filing with its reasons, as published. */
public record RefusalView(UUID applicationId, String facilityName, String districtCode, Instant decidedAt,
        String reasons) {

    static RefusalView of(Refusal r) {
        return new RefusalView(r.applicationId(), r.facilityName(), r.districtCode(), r.decidedAt(), r.reasons());
    }
}
