package cn.tuoyu.platform.problems;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

/** Builds problem responses and writes the one log line that carries the problem's instance id. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad request"),
            Map.entry(401, "Authentication required"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"),
            Map.entry(405, "Method not allowed"),
            Map.entry(406, "Not acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Request too large"),
            Map.entry(415, "Unsupported media type"),
            Map.entry(422, "Request refused by a rule"),
            Map.entry(429, "Too many requests"),
            Map.entry(500, "Internal server error"),
            Map.entry(503, "Service unavailable"));

    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "The request could not be understood."),
            Map.entry(401, "Sign in and send a valid bearer token."),
            Map.entry(403, "Your account may not do this."),
            Map.entry(404, "There is nothing here, or you may not see it."),
            Map.entry(405, "This address does not accept that method."),
            Map.entry(406, "The server cannot answer in a format you accept."),
            Map.entry(409, "The request conflicts with the current state."),
            Map.entry(413, "The request body is larger than allowed."),
            Map.entry(415, "Send the body in a supported format (usually application/json)."),
            Map.entry(500, "Something went wrong on our side. Quote the instance id if you report it."),
            Map.entry(503, "The service is temporarily unavailable. Try again shortly."));

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, "unauthenticated"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "rule-refused"),
            Map.entry(429, "too-many-requests"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "unavailable"));

    private Problems() {
    }

    /** A problem for a bare HTTP status, with the standard title and detail. */
    public static Problem forStatus(int status) {
        return of(status, SLUGS.getOrDefault(status, "http-" + status), titleFor(status),
                DETAILS.getOrDefault(status, titleFor(status) + "."), null);
    }

    public static Problem of(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, "urn:uuid:" + UUID.randomUUID(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Problem of(DomainException e) {
        return of(e.status(), e.slug(), e.title(), e.detail(), null);
    }

    public static String titleFor(int status) {
        return TITLES.getOrDefault(status, "HTTP " + status);
    }

    /** Logs the problem (5xx with the cause, others briefly) and wraps it in a response. */
    public static Response respond(Problem problem, Throwable cause) {
        log(problem, cause);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(toJson(problem))
                .build();
    }

    public static void log(Problem problem, Throwable cause) {
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "problem " + problem.instance() + " status " + problem.status(), cause);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("problem " + problem.instance() + " status " + problem.status() + " type " + problem.type());
        }
    }

    public static String toJson(Problem problem) {
        return JSON.toJson(problem);
    }
}
