package cn.tuoyu.testing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Request bodies from the main code's {@code *Request} records, serialized with JSON-B as a client would send them
 * (null components are left out). Bodies a record cannot express (malformed or mistyped JSON) are text blocks in the
 * tests themselves.
 */
public final class Bodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Bodies() {
    }

    public static String json(Object request) {
        return JSONB.toJson(request);
    }
}
