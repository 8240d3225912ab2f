package cn.tuoyu.platform.problems;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem detail. {@code detail} never carries personal data; {@code instance} also appears in the
 * server log line, so support can find the request.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:tuoyu:problem:";

    /** One invalid input field: where it is in the request, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
