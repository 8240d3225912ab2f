package cn.tuoyu.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class FallbackExceptionMapperTest {

    private final FallbackExceptionMapper mapper = new FallbackExceptionMapper();

    @Test
    void anUnexpectedFailureIsAGeneric500() {
        Response response = mapper.toResponse(new IllegalStateException("secret cn.tuoyu.Internal detail"));
        assertEquals(500, response.getStatus());
        String body = (String) response.getEntity();
        assertTrue(body.contains("urn:tuoyu:problem:internal-error"), body);
        assertFalse(body.contains("secret"), body);
        assertFalse(body.contains("Exception"), body);
        assertTrue(response.getMediaType().toString().startsWith("application/problem+json"));
    }

    /** As logged when PostgreSQL's postmaster was killed during a commit. */
    @Test
    void aCommitThatLostItsDatabaseIsA503NotA500() {
        var xa = new javax.transaction.xa.XAException("jakarta.resource.spi.LocalTransactionException: FATAL: "
                + "terminating connection due to unexpected postmaster exit");
        var system = new jakarta.transaction.SystemException();
        system.initCause(xa);
        Response response = new TransactionFailureMapper().toResponse(new jakarta.transaction.TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                system));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    /**
     * As logged by DatabaseCrashIT in CI: Payara's pool, dropping every connection after PostgreSQL died, failed a
     * request for a connection with its own timer's IllegalStateException.
     */
    @Test
    void aConnectionPoolFailingAllConnectionsIsA503() {
        var timer = new IllegalStateException("Task already scheduled or cancelled");
        timer.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
                new StackTraceElement("com.sun.enterprise.connectors.util.ConnectorTimerProxy", "scheduleAtFixedRate",
                        "ConnectorTimerProxy.java", 113),
                new StackTraceElement("com.sun.enterprise.resource.pool.ConnectionPool", "scheduleResizerTask",
                        "ConnectionPool.java", 271),
                new StackTraceElement("com.sun.enterprise.resource.pool.ConnectionPool",
                        "doFailAllConnectionsProcessing",
                        "ConnectionPool.java", 1170)});
        Response response = mapper.toResponse(timer);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(500, mapper.toResponse(new IllegalStateException("Task already scheduled or cancelled"))
                .getStatus(), "the same message from anywhere else is not the database");
    }

    @Test
    void jaxRsExceptionsKeepTheirStatus() {
        assertEquals(404, mapper.toResponse(new NotFoundException()).getStatus());
    }

    @Test
    void unreadableJsonIsABadRequest() {
        Response response = mapper.toResponse(new RuntimeException(new JsonbException("Unexpected char 39")));
        assertEquals(400, response.getStatus());
        assertTrue(((String) response.getEntity()).contains("malformed-json"));
    }

    @Test
    void anOversizedBodyIs413() {
        Response response = mapper.toResponse(new RuntimeException(new RequestTooLargeException(10)));
        assertEquals(413, response.getStatus());
    }
}
