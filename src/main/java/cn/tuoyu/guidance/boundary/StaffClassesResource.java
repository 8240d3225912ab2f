package cn.tuoyu.guidance.boundary;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.guidance.control.ClassBookings;
import cn.tuoyu.guidance.control.ParentClasses;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Health staff publish their district's classes and record attendance (other districts' classes: 404). */
@Path("staff/classes")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HEALTH_COMMISSION)
public class StaffClassesResource {

    @Inject
    Caller caller;

    @Inject
    ParentClasses classes;

    @Inject
    ClassBookings bookings;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Publish a parent class in your district")
    public Response publish(@Valid @NotNull ClassRequest request) {
        var published = classes.publish(caller.requireDistrict(), caller.subject(), request.plan());
        URI location = uriInfo.getBaseUriBuilder().path("classes").path(published.id().toString()).build();
        return Response.created(location).entity(ClassView.of(published)).build();
    }

    @GET
    @Path("{id}/attendees")
    @Operation(summary = "Bookings of a class of your district (each child read is logged)")
    public List<AttendeeView> attendees(@PathParam("id") UUID id) {
        return classes.attendees(caller.requireDistrict(), id).stream().map(AttendeeView::of).toList();
    }

    @PUT
    @Path("{id}/bookings/{bookingId}/attendance")
    @Operation(summary = "Record attendance or a no-show once the class has started")
    public BookingView attendance(@PathParam("id") UUID id, @PathParam("bookingId") UUID bookingId,
            @Valid @NotNull AttendanceRequest request) {
        return BookingView.of(bookings.recordAttendance(caller.requireDistrict(), id, bookingId,
                request.attended()));
    }
}
