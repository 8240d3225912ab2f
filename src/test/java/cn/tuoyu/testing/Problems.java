package cn.tuoyu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions on problem details: the shape every error must have. */
public final class Problems {

    private Problems() {
    }

    /** Asserts an RFC 9457 problem with the given status, and no trace of Java internals; returns it. */
    public static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertNotNull(reply.contentType(), "content type");
        assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "content type of " + reply
                + ": " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:tuoyu:problem:"), "type");
        assertFalse(problem.getString("title").isBlank(), "title");
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"), "instance");
        String body = reply.body();
        for (String leak : new String[] {"Exception", "at cn.", "at org.", "java.", "jakarta.", "eclipse", "payara"}) {
            assertFalse(body.contains(leak), () -> "problem leaks '" + leak + "': " + body);
        }
        return problem;
    }

    public static JsonObject assertProblem(Api.Reply reply, int status, String slug) {
        JsonObject problem = assertProblem(reply, status);
        assertEquals("urn:tuoyu:problem:" + slug, problem.getString("type"), () -> "type of " + reply);
        return problem;
    }

    /** Asserts the problem names this field (or item) in its {@code errors}; returns the problem. */
    public static JsonObject assertNames(JsonObject problem, String field) {
        assertNotNull(problem.getJsonArray("errors"), () -> "errors in " + problem);
        assertTrue(problem.getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals(field)), () -> field + " in " + problem);
        return problem;
    }
}
