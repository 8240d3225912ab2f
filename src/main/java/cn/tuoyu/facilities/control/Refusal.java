package cn.tuoyu.facilities.control;

import java.time.Instant;
import java.util.UUID;

/** A refused filing, published with its reasons (瀍政办〔2022〕15号 二(二)2: 说明理由并向社会公开). */
public record Refusal(UUID applicationId, String facilityName, String districtCode, Instant decidedAt,
        String reasons) {
}
