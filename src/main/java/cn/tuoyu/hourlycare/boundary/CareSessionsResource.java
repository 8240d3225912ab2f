package cn.tuoyu.hourlycare.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.hourlycare.control.CareBookings;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.QrCodes;
import cn.tuoyu.vouchers.entity.RotatingCode;

/** A family's hourly-care sessions: book, cancel, the pass to show, people named to pick up, what is left. */
@Path("hourly-care")
@Boundary
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
public class CareSessionsResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    Caller caller;

    @Inject
    CareBookings bookings;

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an hourly-care slot for one of your children")
    public Response book(@Valid @NotNull BookingRequest r) {
        FamilySessionView session = FamilySessionView.of(bookings.book(caller.subject(), r.facilityId(),
                r.childId(), r.startsAt(), r.voucherId()));
        return Response.created(URI.create("/api/hourly-care/sessions/" + session.id())).entity(session).build();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Your children's hourly-care sessions, newest first")
    public List<FamilySessionView> mine() {
        return bookings.mine(caller.subject()).stream().map(FamilySessionView::of).toList();
    }

    @GET
    @Path("sessions/{id}")
    public FamilySessionView one(@PathParam("id") UUID id) {
        return FamilySessionView.of(bookings.one(caller.subject(), id));
    }

    @POST
    @Path("sessions/{id}/cancellation")
    @Operation(summary = "Cancel before the district's cutoff: the place and the voucher (or unit) come back")
    public FamilySessionView cancel(@PathParam("id") UUID id) {
        return FamilySessionView.of(bookings.cancel(caller.subject(), id));
    }

    @GET
    @Path("sessions/{id}/pass")
    @Operation(summary = "Your pass to show at drop-off and pick-up (rotates every 30 s)")
    public Response pass(@PathParam("id") UUID id) {
        CareBookings.Pass pass = bookings.pass(caller.subject(), id);
        return Response.ok(new PassView(id, pass.code().text(), pass.manualCode().display(),
                pass.code().validUntil(), (int) RotatingCode.STEP_SECONDS)).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("sessions/{id}/pass.png")
    @Produces("image/png")
    @Operation(summary = "Your pass of the moment as a QR code PNG")
    public Response passPng(@PathParam("id") UUID id) {
        CareBookings.Pass pass = bookings.pass(caller.subject(), id);
        return Response.ok(QrCodes.png(pass.code().text(), 360), "image/png").cacheControl(NO_STORE).build();
    }

    @POST
    @Path("sessions/{id}/pickups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a person who may pick the child up; their one-time code goes to their phone by SMS "
            + "(shown here once instead only when SMS is off)")
    public Response namePickup(@PathParam("id") UUID id, @Valid @NotNull PickupRequest r) {
        CareBookings.NamedPickup named = bookings.namePickup(caller.subject(), id, r.name().strip(),
                r.relation().strip(), r.phone());
        return Response.status(Response.Status.CREATED).cacheControl(NO_STORE).entity(new NamedPickupView(
                named.person().id(), named.person().name(), named.person().relation(), named.sentBySms()
                        ? null
                        : named.code().display(),
                named.sentBySms()))
                .build();
    }

    @GET
    @Path("children")
    @Operation(summary = "Your children with the free hourly-care sessions left this entitlement year")
    public List<ChildCareView> children() {
        return bookings.entitlements(caller.subject()).stream().map(ChildCareView::of).toList();
    }
}
