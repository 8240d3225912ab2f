package cn.tuoyu.guidance.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import cn.tuoyu.guidance.control.HomeVisits;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** A resident's home visits: request, see the schedule, confirm or ask for another time, cancel. */
@Path("visits")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class VisitsResource {

    @Inject
    Caller caller;

    @Inject
    HomeVisits visits;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Request a home visit for one of your children (reserves one guidance session)")
    public Response request(@Valid @NotNull VisitRequest request) {
        var visit = visits.request(caller.subject(), request.childId(), request.subDistrict().strip(),
                request.address().strip(), request.preferredWindows().stream().map(WindowRequest::window).toList());
        URI location = uriInfo.getAbsolutePathBuilder().path(visit.visit().id().toString()).build();
        return Response.created(location).entity(VisitView.of(visit)).build();
    }

    @GET
    @Path("eligibility")
    @Operation(summary = "Per child of yours: whether a home visit may be requested now, and why not")
    public List<EligibilityView> eligibility() {
        return EligibilityView.all(visits.eligibility(caller.subject()));
    }

    @GET
    @Operation(summary = "Home visits of your children, newest first")
    public List<VisitView> mine() {
        return visits.mineWithAddresses(caller.subject()).stream().map(VisitView::of).toList();
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm the scheduled time")
    public VisitView confirm(@PathParam("id") UUID id) {
        return VisitView.of(visits.confirm(caller.subject(), id));
    }

    @POST
    @Path("{id}/reschedule-request")
    @Operation(summary = "Ask the staff for another time")
    public VisitView askToReschedule(@PathParam("id") UUID id, @Valid NoteRequest request) {
        return VisitView.of(visits.askToReschedule(caller.subject(), id, request == null ? null : request.note()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel an open visit (the guidance session is given back)")
    public VisitView cancel(@PathParam("id") UUID id) {
        return VisitView.of(visits.cancel(caller.subject(), id));
    }
}
