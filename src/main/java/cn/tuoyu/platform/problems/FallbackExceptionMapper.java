package cn.tuoyu.platform.problems;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything the specific mappers do not handle: JAX-RS's own exceptions keep their status, unreadable JSON is a
 * 400, an oversized body 413, a lost optimistic-lock race 409, a database that cannot be reached 503 with
 * {@code Retry-After}, and anything else a 500 whose text reveals nothing.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (causedBy(e, RequestTooLargeException.class)) {
            return Problems.respond(Problems.forStatus(413), e);
        }
        if (causedBy(e, DomainException.class)) {
            return Problems.respond(cause(e, DomainException.class));
        }
        if (causedBy(e, JsonbException.class) || causedBy(e, JsonParsingException.class)) {
            return Problems.respond(Problems.of(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON of the expected shape.", null), e);
        }
        if (causedBy(e, OptimisticLockException.class)) {
            return Problems.respond(Problems.of(409, "concurrent-change", "Changed meanwhile",
                    "Someone else changed this at the same time. Reload and try again.", null), e);
        }
        if (DatabaseUnavailable.isCause(e)) {
            Problem problem = Problems.forStatus(503);
            Problems.log(problem, null);
            return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(Problems.toJson(problem)).build();
        }
        if (e instanceof WebApplicationException wae && wae.getResponse() != null) {
            int status = wae.getResponse().getStatus();
            if (status == 400 && causedBy(e, jakarta.ws.rs.ProcessingException.class)) {
                return Problems.respond(Problems.of(400, "malformed-json", "Malformed JSON",
                        "The request body is not valid JSON of the expected shape.", null), e);
            }
            return Problems.respond(Problems.forStatus(status), status >= 500 ? e : null);
        }
        return Problems.respond(Problems.forStatus(500), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
