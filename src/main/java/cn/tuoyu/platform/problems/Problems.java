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

    /** What a bare HTTP status says: its type slug, title and detail. */
    private record Standard(String slug, String title, String detail) {
    }

    private static final Map<Integer, Standard> STANDARD = Map.ofEntries(
            standard(400, "bad-request", "Bad request", "The request could not be understood."),
            standard(401, "unauthenticated", "Authentication required", "Sign in and send a valid bearer token."),
            standard(403, "forbidden", "Forbidden", "Your account may not do this."),
            standard(404, "not-found", "Not found", "There is nothing here, or you may not see it."),
            standard(405, "method-not-allowed", "Method not allowed", "This address does not accept that method."),
            standard(406, "not-acceptable", "Not acceptable", "The server cannot answer in a format you accept."),
            standard(409, "conflict", "Conflict", "The request conflicts with the current state."),
            standard(413, "payload-too-large", "Request too large", "The request body is larger than allowed."),
            standard(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body in a supported format (usually application/json)."),
            standard(422, "rule-refused", "Request refused by a rule", "Request refused by a rule."),
            standard(429, "too-many-requests", "Too many requests", "Too many requests."),
            standard(500, "internal-error", "Internal server error",
                    "Something went wrong on our side. Quote the instance id if you report it."),
            standard(503, "unavailable", "Service unavailable",
                    "The service is temporarily unavailable. Try again shortly."));

    private static Map.Entry<Integer, Standard> standard(int status, String slug, String title, String detail) {
        return Map.entry(status, new Standard(slug, title, detail));
    }

    private Problems() {
    }

    /** A problem for a bare HTTP status, with the standard title and detail. */
    public static Problem forStatus(int status) {
        Standard standard = STANDARD.getOrDefault(status,
                new Standard("http-" + status, titleFor(status), titleFor(status) + "."));
        return of(status, standard.slug(), standard.title(), standard.detail(), null);
    }

    public static Problem of(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, "urn:uuid:" + UUID.randomUUID(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Problem of(DomainException e) {
        return of(e.status(), e.slug(), e.title(), e.detail(), e.errors());
    }

    public static String titleFor(int status) {
        Standard standard = STANDARD.get(status);
        return standard == null ? "HTTP " + status : standard.title();
    }

    /** The domain exception's problem as a response, with {@code Retry-After} when it has one. */
    public static Response respond(DomainException e) {
        Response response = respond(of(e), e);
        if (e.retryAfterSeconds().isPresent()) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds().getAsLong()).build();
        }
        return response;
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
