package cn.tuoyu.guidance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.guidance.control.FamilyCalendar;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** A resident's classes and visits as an iCalendar feed in China time. */
@Path("calendar")
@RequestScoped
@RolesAllowed(Roles.RESIDENT)
public class CalendarResource {

    static final String ICS = "text/calendar; charset=UTF-8";

    @Inject
    Caller caller;

    @Inject
    FamilyCalendar calendar;

    @GET
    @Path("guidance.ics")
    @Produces(ICS)
    @Operation(summary = "Your booked classes and scheduled home visits (iCalendar, Asia/Shanghai)")
    public Response feed() {
        return Response.ok(calendar.ics(caller.subject()), ICS)
                .header("Content-Disposition", "inline; filename=\"guidance.ics\"").build();
    }
}
