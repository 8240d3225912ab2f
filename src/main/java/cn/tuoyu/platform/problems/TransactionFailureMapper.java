package cn.tuoyu.platform.problems;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A commit that failed ({@code @Transactional} wraps it in a {@link TransactionalException}) answers like any other
 * failure: a database that went away mid-commit is a 503 with {@code Retry-After}, anything else a problem. It
 * outranks the mapper Jersey's CDI extension registers for the same type, which finds no better mapper, rethrows,
 * and so left the container to answer a bare 500 when PostgreSQL crashed during a commit.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final FallbackExceptionMapper fallback = new FallbackExceptionMapper();

    @Override
    public Response toResponse(TransactionalException e) {
        return fallback.toResponse(e);
    }
}
