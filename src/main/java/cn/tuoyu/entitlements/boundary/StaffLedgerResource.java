package cn.tuoyu.entitlements.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.entitlements.control.ChildEntitlements;
import cn.tuoyu.entitlements.entity.LedgerEntry;
import cn.tuoyu.entitlements.entity.LedgerReason;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.validation.PlainText;

/** Health staff read a child's ledger and record sessions delivered, for children of their district only. */
@Path("staff/children/{id}/ledger")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HEALTH_COMMISSION)
public class StaffLedgerResource {

    @Inject
    Caller caller;

    @Inject
    ChildEntitlements entitlements;

    @Context
    UriInfo uriInfo;

    public record ConsumptionRequest(@NotNull ServiceKind serviceKind,
            @NotNull @Pattern(regexp = "HOME_VISIT|CLASS_BOOKING|ATTENDANCE") String reason,
            @Size(min = 1, max = 100) @PlainText String reference) {
    }

    @GET
    @Operation(summary = "The child's ledger (the read is logged)")
    public List<LedgerEntryView> ledger(@PathParam("id") UUID id) {
        return entitlements.ledgerForDistrictStaff(caller.requireDistrict(), id).stream().map(LedgerEntryView::of)
                .toList();
    }

    @POST
    @Operation(summary = "Record a session delivered; refused with 422 when the entitlement is used up")
    public Response consume(@PathParam("id") UUID id, @Valid @NotNull ConsumptionRequest request) {
        LedgerEntry entry = entitlements.recordConsumption(caller.requireDistrict(), id, request.serviceKind(),
                LedgerReason.valueOf(request.reason()), request.reference());
        URI location = uriInfo.getAbsolutePathBuilder().path(entry.id().toString()).build();
        return Response.created(location).entity(LedgerEntryView.of(entry)).build();
    }

    @GET
    @Path("{entryId}")
    @Operation(summary = "One entry of the child's ledger")
    public LedgerEntryView entry(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        return entitlements.ledgerForDistrictStaff(caller.requireDistrict(), id).stream()
                .filter(e -> e.id().equals(entryId)).findFirst().map(LedgerEntryView::of)
                .orElseThrow(cn.tuoyu.entitlements.control.ReservationNotFoundException::new);
    }
}
