package cn.tuoyu.guidance.boundary;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.guidance.control.ClassBookings;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** A resident's class bookings. */
@Path("bookings")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class BookingsResource {

    @Inject
    Caller caller;

    @Inject
    ClassBookings bookings;

    @GET
    @Operation(summary = "Your class bookings, soonest class first")
    public List<BookingView> mine() {
        return bookings.mine(caller.subject()).stream().map(BookingView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a booking before the cutoff (the guidance session is given back)")
    public BookingView cancel(@PathParam("id") UUID id) {
        return BookingView.of(bookings.cancel(id, caller.subject()));
    }
}
