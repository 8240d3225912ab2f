package cn.tuoyu.testing.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/test/clock}, in test WARs only, next to {@link MovableClock}: {@code PUT {"offset": "PT25H"}} moves the
 * app's "now" that far from the system time, {@code DELETE} puts it back, {@code GET} tells where it stands. No token
 * is asked for: the class exists only in the archive the integration tests deploy on loopback, never in the shipped
 * WAR ({@code ShippedWarIT}), and asking for one would only tie every test's clean-up to a role.
 */
@Path("test/clock")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    /** Where the clock stands: its offset from the system time (ISO-8601) and the app's "now". */
    public record ClockView(String offset, String now) {
    }

    /** The offset to set, e.g. {@code PT25H}. */
    public record OffsetRequest(String offset) {
    }

    @Inject
    Clock clock;

    @GET
    public ClockView read() {
        return new ClockView(MovableClock.offset().toString(), clock.instant().toString());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView move(OffsetRequest request) {
        if (request == null || request.offset() == null) {
            throw new BadRequestException("offset: an ISO-8601 duration such as PT25H");
        }
        try {
            MovableClock.offset(Duration.parse(request.offset()));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("offset: an ISO-8601 duration such as PT25H");
        }
        return read();
    }

    @DELETE
    public ClockView reset() {
        MovableClock.offset(Duration.ZERO);
        return read();
    }
}
