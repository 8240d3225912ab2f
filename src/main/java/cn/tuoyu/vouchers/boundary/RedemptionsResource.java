package cn.tuoyu.vouchers.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.RedemptionDesk;
import cn.tuoyu.vouchers.control.RedemptionHistory;

/**
 * The facility counter: redeem what was scanned, photographed or typed; see the month's redemptions; void one.
 * Send an {@code Idempotency-Key} header so that a retried redemption gets the first answer back.
 */
@Path("redemptions")
@Boundary
@RolesAllowed(Roles.FACILITY)
@Produces(MediaType.APPLICATION_JSON)
public class RedemptionsResource {

    @Inject
    Caller caller;

    @Inject
    RedemptionDesk desk;

    @Inject
    RedemptionHistory history;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redeem a scanned QR code's text or a manual code")
    public Response redeem(@Valid @NotNull RedemptionRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RedemptionDesk.Submission submission = request.submission();
        byte[] hash = sha256(submission.method() + "\n" + submission.text());
        return answer(desk.redeem(facility(), caller.subject(), submission, request.device(), http.getRemoteAddr(),
                idempotencyKey, hash));
    }

    @POST
    @Path("photo")
    @Consumes({"image/png", "image/jpeg"})
    @Operation(summary = "Redeem the QR code in a photo (PNG or JPEG); the server decodes it")
    public Response redeemPhoto(byte[] image, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Device") String device) {
        return answer(desk.redeemPhoto(facility(), caller.subject(), image == null ? new byte[0] : image, device,
                http.getRemoteAddr(), idempotencyKey, sha256(image)));
    }

    @GET
    @Operation(summary = "The facility's redemptions in a month (China time)")
    public List<RedemptionView> history(@Valid @BeanParam MonthQuery month) {
        return history.of(facility(), month.value()).stream().map(RedemptionView::of).toList();
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void the facility's own redemption shortly after it was made")
    public RedemptionView voidRedemption(@PathParam("id") UUID id, @Valid @NotNull VoidRequest request) {
        return RedemptionView.of(desk.voidRedemption(facility(), caller.subject(), id, request.reason().strip(),
                request.device(), http.getRemoteAddr()));
    }

    private UUID facility() {
        return Facilities.id(caller.requireFacilityId());
    }

    /** 201 with the receipt and its Location, also for a replay, which says so in {@code Idempotent-Replayed}. */
    private static Response answer(RedemptionDesk.Result result) {
        ReceiptView receipt = ReceiptView.of(result.receipt());
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(receipt).header("Location", "/api/redemptions/" + receipt.redemptionId());
        if (result instanceof RedemptionDesk.Replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
