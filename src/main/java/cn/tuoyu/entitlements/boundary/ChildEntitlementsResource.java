package cn.tuoyu.entitlements.boundary;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.entitlements.control.ChildEntitlements;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** A guardian's view of what each child is entitled to, and the child's ledger. */
@Path("children/{id}/entitlements")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class ChildEntitlementsResource {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ChildEntitlements entitlements;

    @GET
    @Operation(summary = "What the child may still use now, in which window, until when, under which rule")
    public List<EntitlementView> now(@PathParam("id") UUID id) {
        return entitlements.forGuardian(caller.subject(), id, clock.instant()).stream().map(EntitlementView::of)
                .toList();
    }

    @GET
    @Path("ledger")
    @Operation(summary = "The child's reservations and consumptions, newest first")
    public List<LedgerEntryView> ledger(@PathParam("id") UUID id) {
        return entitlements.ledgerForGuardian(caller.subject(), id).stream().map(LedgerEntryView::of).toList();
    }
}
