package cn.tuoyu.vouchers.boundary;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.vouchers.control.BatchNotFoundException;
import cn.tuoyu.vouchers.control.LotteryDraws;
import cn.tuoyu.vouchers.control.VoucherBatches;
import cn.tuoyu.vouchers.control.VoucherBatches.PublicStatus;
import cn.tuoyu.vouchers.entity.Availability;

/**
 * A batch's public status, without login: whether claims are open, how many are left, or why not. What a page polls
 * in a surge instead of claiming blindly; cacheable by anyone (an edge such as {@code deploy/local}'s nginx serves it
 * for a second), with an {@code ETag} that changes whenever the status, the window's state, the quantity or the
 * number left does, so a conditional request is answered {@code 304} until then.
 */
@Path("public/voucher-batches")
@Boundary
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BatchStatusResource {

    @Inject
    VoucherBatches batches;

    @Inject
    LotteryDraws draws;

    @GET
    @Path("{id}/status")
    @Operation(summary = "A published batch's availability (not yet open, open, sold out, paused, closed) and how many "
            + "are left; public, cacheable for a second (five when nothing can change soon), with an ETag")
    public Response status(@PathParam("id") UUID id, @Context Request request) {
        PublicStatus status = batches.publicStatus(id).orElseThrow(BatchNotFoundException::new);
        EntityTag tag = new EntityTag(status.availability() + "-" + status.quantity() + "-" + status.remaining());
        // open: a second, since the number left moves with every claim; otherwise only staff change it
        String cache = "public, max-age=" + (status.availability() == Availability.OPEN ? 1 : 5);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(status);
        return answer.header(HttpHeaders.CACHE_CONTROL, cache).tag(tag).build();
    }

    @GET
    @Path("{id}/draw")
    @Operation(summary = "A lottery batch's draw: the commitment, and once drawn the seed and the order of "
            + "pseudonymous application ids with tier and position; public, for anyone to recompute")
    public DrawView draw(@PathParam("id") UUID id) {
        return DrawView.of(draws.publicDraw(id).orElseThrow(BatchNotFoundException::new));
    }
}
