package cn.tuoyu.guidance.boundary;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import cn.tuoyu.guidance.control.RosterExport;
import cn.tuoyu.guidance.control.StaffMember;
import cn.tuoyu.guidance.control.VisitRoster;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.csv.CsvTable;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/**
 * The district's home-visit roster for its health staff: filter, due list, CSV export, open a visit for a due child,
 * assign, schedule and reschedule, record the outcome. Visits of other districts: 404.
 */
@Path("staff/visits")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HEALTH_COMMISSION)
public class RosterResource {

    @Inject
    Caller caller;

    @Inject
    VisitRoster roster;

    @Inject
    RosterExport export;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Visits of your district by sub-district, staff member, China dates, state, overdue")
    public PageView<RosterEntryView> roster(@Valid @BeanParam RosterQuery query) {
        return PageView.of(roster.roster(staff(), query.filter()), RosterEntryView::of);
    }

    @GET
    @Path("due")
    @Operation(summary = "Children of your district with guidance sessions left and no open visit")
    public PageView<DueChildView> due(@Valid @BeanParam PageRequest page) {
        return PageView.of(roster.due(staff(), page.page, page.size), DueChildView::of);
    }

    @GET
    @Path("export")
    @Produces(CsvTable.MEDIA_TYPE)
    @Operation(summary = "The filtered roster as CSV for Excel (UTF-8 with BOM, at most 5,000 rows)")
    public Response export(@Valid @BeanParam RosterQuery query) {
        return Response.ok(export.csv(staff(), query.filter()), CsvTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"visit-roster.csv\"").build();
    }

    @POST
    @Operation(summary = "Coordinators: open a visit for a due child, assigned to a staff member")
    public Response open(@Valid @NotNull OpenVisitRequest request) {
        var entry = roster.open(staff(), request.childId(), request.assignee().strip(), request.subDistrict());
        URI location = uriInfo.getAbsolutePathBuilder().path(entry.visit().id().toString()).build();
        return Response.created(location).entity(RosterEntryView.of(entry)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One visit of your district")
    public RosterEntryView one(@PathParam("id") UUID id) {
        return RosterEntryView.of(roster.visit(staff(), id));
    }

    @PUT
    @Path("{id}/assignee")
    @Operation(summary = "Coordinators: assign or reassign the visit")
    public RosterEntryView assign(@PathParam("id") UUID id, @Valid @NotNull AssigneeRequest request) {
        return RosterEntryView.of(roster.assign(staff(), id, request.assignee().strip()));
    }

    @PUT
    @Path("{id}/schedule")
    @Operation(summary = "Schedule or reschedule the visit (assignee or coordinator)")
    public RosterEntryView schedule(@PathParam("id") UUID id, @Valid @NotNull WindowRequest request) {
        return RosterEntryView.of(roster.schedule(staff(), id, request.window()));
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "Record what the visit came to: DONE (consumes the session), FAMILY_ABSENT, DECLINED")
    public RosterEntryView outcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeRequest request) {
        return RosterEntryView.of(roster.recordOutcome(staff(), id, request.toOutcome(), request.notes(),
                request.topics()));
    }

    private StaffMember staff() {
        return new StaffMember(caller.subject(), caller.requireDistrict(), caller.hasRole(Roles.VISIT_COORDINATOR));
    }
}
