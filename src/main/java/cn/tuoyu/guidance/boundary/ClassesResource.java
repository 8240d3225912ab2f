package cn.tuoyu.guidance.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import cn.tuoyu.guidance.control.ClassBookings;
import cn.tuoyu.guidance.control.ParentClasses;
import cn.tuoyu.guidance.control.Waitlist;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageView;

/** Parent classes: listed without login; residents book a seat or join the waitlist of a full class. */
@Path("classes")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassesResource {

    @Inject
    Caller caller;

    @Inject
    ParentClasses classes;

    @Inject
    ClassBookings bookings;

    @Inject
    Waitlist waitlist;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "Upcoming parent classes, soonest first, optionally of one district (no login; a resident "
            + "also learns per child whether it may book)")
    public PageView<ClassView> upcoming(@Valid @BeanParam ClassQuery query) {
        var upcoming = classes.upcoming(query.district, query.page, query.size);
        var eligibility = bookings.eligibility(upcoming.items());
        return PageView.of(upcoming, c -> ClassView.of(c, eligibility));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One parent class with its free seats (no login)")
    public ClassView one(@PathParam("id") UUID id) {
        var clazz = classes.published(id);
        return ClassView.of(clazz, bookings.eligibility(List.of(clazz)));
    }

    @POST
    @Path("{id}/bookings")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "Book a seat for one of your children (reserves one guidance session)")
    public Response book(@PathParam("id") UUID id, @Valid @NotNull ChildRequest request) {
        var booking = bookings.book(id, request.childId(), caller.subject());
        URI location = uriInfo.getBaseUriBuilder().path("bookings").path(booking.id().toString()).build();
        return Response.created(location).entity(BookingView.of(booking)).build();
    }

    @POST
    @Path("{id}/waitlist")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(summary = "Join the waitlist of a full class for one of your children")
    public Response join(@PathParam("id") UUID id, @Valid @NotNull ChildRequest request) {
        var entry = waitlist.join(id, request.childId(), caller.subject());
        URI location = uriInfo.getBaseUriBuilder().path("waitlist").path(entry.id().toString()).build();
        return Response.created(location).entity(WaitlistEntryView.of(entry)).build();
    }
}
