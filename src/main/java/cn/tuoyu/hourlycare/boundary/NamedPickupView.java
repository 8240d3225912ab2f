package cn.tuoyu.hourlycare.boundary;

import java.util.UUID;

/**
 * A pick-up person just named. Their one-time code went to their phone by SMS ({@code sentBySms}, {@code code} null);
 * only when SMS is off ({@code app.sms.endpoint} empty) is the code here, this once, for the guardian to pass on.
 */
public record NamedPickupView(UUID id, String name, String relation, String code, boolean sentBySms) {
}
