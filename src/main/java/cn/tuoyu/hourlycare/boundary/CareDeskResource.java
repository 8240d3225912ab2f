package cn.tuoyu.hourlycare.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.hourlycare.control.CareDesk;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/**
 * The facility's hourly-care desk: check in by a guardian's pass, check out to a guardian or a named person, a
 * session as staff see it, and the live board. Send an {@code Idempotency-Key} so that a retry gets the first answer.
 */
@Path("hourly-care/desk")
@Boundary
@RolesAllowed(Roles.FACILITY)
@Produces(MediaType.APPLICATION_JSON)
public class CareDeskResource {

    @Inject
    Caller caller;

    @Inject
    CareDesk desk;

    @Context
    HttpServletRequest http;

    @POST
    @Path("check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a child in by the guardian's scanned or typed pass")
    public Response checkIn(@Valid @NotNull DeskCodeRequest r, @HeaderParam("Idempotency-Key") String key) {
        CareDesk.Submission s = r.submission();
        return answer(desk.checkIn(StaffFacility.id(caller), caller.subject(), caller.displayName(), s, r.device(),
                http.getRemoteAddr(),
                key, sha256("in\n" + s.method() + "\n" + s.text())));
    }

    @POST
    @Path("check-ins/photo")
    @Consumes({"image/png", "image/jpeg"})
    @Operation(summary = "Check a child in by a photo of the guardian's pass (PNG or JPEG); the server decodes it")
    public Response checkInPhoto(byte[] image, @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("X-Device") String device) {
        byte[] bytes = image == null ? new byte[0] : image;
        return answer(desk.checkInPhoto(StaffFacility.id(caller), caller.subject(), caller.displayName(), bytes, device,
                http.getRemoteAddr(), key, sha256(bytes)));
    }

    @POST
    @Path("sessions/{id}/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the child out to a guardian (their pass) or a named person (their pick-up code)")
    public Response checkOut(@PathParam("id") UUID id, @Valid @NotNull DeskCodeRequest r,
            @HeaderParam("Idempotency-Key") String key) {
        CareDesk.Submission s = r.submission();
        return answer(desk.checkOut(StaffFacility.id(caller), caller.subject(), id, s, key,
                sha256("out\n" + s.method() + "\n" + s.pickupCode() + "\n" + s.text())));
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session of your facility: the child (masked), who dropped off, who may pick up, hours")
    public StaffSessionView session(@PathParam("id") UUID id) {
        return StaffSessionView.of(desk.session(StaffFacility.id(caller), id));
    }

    @GET
    @Path("board")
    @Operation(summary = "Children in care now and today's expected arrivals")
    public BoardView board() {
        return BoardView.of(desk.board(StaffFacility.id(caller)));
    }

    private static Response answer(CareDesk.Result result) {
        Response.ResponseBuilder response = Response.ok(StaffSessionView.of(result.session()));
        if (result.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
