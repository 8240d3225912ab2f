package cn.tuoyu.vouchers.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.BatchWatches;
import cn.tuoyu.vouchers.control.VoucherBatches;
import cn.tuoyu.vouchers.control.VoucherClaims;

/** Voucher batches: health staff manage their district's; residents see those open to their child. */
@Path("voucher-batches")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoucherBatchesResource {

    @Inject
    Caller caller;

    @Inject
    VoucherBatches batches;

    @Inject
    VoucherClaims claims;

    @Inject
    BatchWatches watches;

    @GET
    @Path("watch")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "The districts whose new batches you are told of")
    public WatchView watched() {
        return new WatchView(watches.watched(caller.subject()));
    }

    @POST
    @Path("watch")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "Be told when a batch of your children's districts opens (422 without a child)")
    public WatchView watch() {
        return new WatchView(watches.watch(caller.subject()));
    }

    @DELETE
    @Path("watch")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "Stop being told of new batches")
    public Response unwatch() {
        watches.unwatch(caller.subject());
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Create a batch (as a draft) in the caller's district")
    public Response create(@Valid @NotNull BatchRequest request) {
        UUID id = batches.create(caller.requireDistrict(), caller.subject(), request.terms());
        return Response.created(URI.create("/api/voucher-batches/" + id))
                .entity(BatchView.of(batches.ofDistrict(caller.requireDistrict(), id))).build();
    }

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "The district's batches with their funnel")
    public List<BatchView> ofDistrict() {
        return batches.ofDistrict(caller.requireDistrict()).stream().map(BatchView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    public BatchView one(@PathParam("id") UUID id) {
        return BatchView.of(batches.ofDistrict(caller.requireDistrict(), id));
    }

    @GET
    @Path("{id}/lottery")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "A lottery batch's commitment, applications and, once drawn, offers and claims")
    public LotteryStatusView lottery(@PathParam("id") UUID id) {
        return LotteryStatusView.of(batches.lotteryOf(caller.requireDistrict(), id));
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Publish, pause, resume or close a batch")
    public BatchView status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return BatchView.of(batches.changeStatus(caller.requireDistrict(), id, request.status(), caller.subject()));
    }

    @PUT
    @Path("{id}/quantity")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Change the quantity of a batch not yet closed (never below what has been claimed)")
    public BatchView quantity(@PathParam("id") UUID id, @Valid @NotNull QuantityRequest request) {
        return BatchView.of(batches.changeQuantity(caller.requireDistrict(), id, request.quantity(), caller.subject()));
    }

    @GET
    @Path("open")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "Batches open now that fit the resident's child, each with whether it may still claim one")
    public List<BatchView> openFor(@Valid @BeanParam ChildQuery child) {
        return claims.openFor(caller.subject(), child.childId).stream().map(BatchView::of).toList();
    }
}
