package cn.tuoyu.districts.control;

import java.time.Instant;

/** A district as the health commission keeps it. */
public record District(String code, String name, String cityCode, String cityName, Integer population,
        Instant updatedAt) {
}
