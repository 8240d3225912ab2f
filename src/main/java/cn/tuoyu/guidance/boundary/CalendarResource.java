package cn.tuoyu.guidance.boundary;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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

import cn.tuoyu.guidance.control.FamilyCalendar;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/**
 * A resident's classes and visits as an iCalendar feed in China time: with the resident's token, or through a
 * subscription URL for calendar apps (a secret in the path, no login).
 */
@Path("calendar")
@Boundary
public class CalendarResource {

    static final String ICS = "text/calendar; charset=UTF-8";

    @Inject
    Caller caller;

    @Inject
    FamilyCalendar calendar;

    @Context
    UriInfo uriInfo;

    /** Where a calendar app subscribes; the token is shown once. */
    public record SubscriptionView(URI url) {
    }

    @GET
    @Path("guidance.ics")
    @RolesAllowed(Roles.RESIDENT)
    @Produces(ICS)
    @Operation(summary = "Your booked classes and scheduled home visits (iCalendar, Asia/Shanghai)")
    public Response feed() {
        return Response.ok(calendar.ics(caller.subject()), ICS)
                .header("Content-Disposition", "inline; filename=\"guidance.ics\"").build();
    }

    @POST
    @Path("subscriptions")
    @RolesAllowed(Roles.RESIDENT)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new subscription URL for calendar apps (the earlier one stops working)")
    public Response subscribe() {
        String token = calendar.newSubscription(caller.subject());
        URI url = uriInfo.getBaseUriBuilder().path("calendar").path("feeds").path(token + ".ics").build();
        return Response.created(url).entity(new SubscriptionView(url)).build();
    }

    @GET
    @Path("feeds/{token}.ics")
    @PermitAll
    @Produces(ICS)
    @Operation(summary = "The subscribed feed (no login: the URL is the secret)")
    public Response subscribed(@PathParam("token") @Pattern(regexp = "[A-Za-z0-9_-]{43}") String token) {
        return Response.ok(calendar.subscribed(token), ICS)
                .header("Content-Disposition", "inline; filename=\"guidance.ics\"").build();
    }
}
