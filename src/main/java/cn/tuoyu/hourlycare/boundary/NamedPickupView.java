package cn.tuoyu.hourlycare.boundary;

import java.util.UUID;

/**
 * A pick-up person just named, with their one-time code, shown this once: the guardian passes it on (the
 * notifications feature will send it by SMS).
 */
public record NamedPickupView(UUID id, String name, String relation, String code) {
}
