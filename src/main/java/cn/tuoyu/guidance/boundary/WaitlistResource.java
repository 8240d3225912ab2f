package cn.tuoyu.guidance.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import cn.tuoyu.guidance.control.Waitlist;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** A resident's waitlist places and the offers of freed seats. */
@Path("waitlist")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class WaitlistResource {

    @Inject
    Caller caller;

    @Inject
    Waitlist waitlist;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Your waitlist places, open ones (waiting, offered) first")
    public List<WaitlistEntryView> mine() {
        return waitlist.mine(caller.subject()).stream().map(WaitlistEntryView::of).toList();
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept an open offer: the held seat becomes your child's booking")
    public Response accept(@PathParam("id") UUID id) {
        var booking = waitlist.accept(id, caller.subject());
        URI location = uriInfo.getBaseUriBuilder().path("bookings").path(booking.id().toString()).build();
        return Response.created(location).entity(BookingView.of(booking)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Leave the waitlist (an open offer passes to the next family)")
    public WaitlistEntryView withdraw(@PathParam("id") UUID id) {
        return WaitlistEntryView.of(waitlist.withdraw(id, caller.subject()));
    }
}
