package cn.tuoyu.guidance.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.guidance.control.DistrictStaff;
import cn.tuoyu.guidance.control.StaffMember;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Coordinators: the health staff of their district, to assign home visits to. */
@Path("staff/members")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HEALTH_COMMISSION)
public class StaffMembersResource {

    /** A staff member to pick: their Keycloak id (the assignee value) and name. */
    public record StaffMemberView(String subject, String name) {
    }

    @Inject
    Caller caller;
    @Inject
    DistrictStaff staff;

    @GET
    @Operation(summary = "Health staff of your district who have signed in (and the demo staff), by name")
    public List<StaffMemberView> members() {
        return staff.of(new StaffMember(caller.subject(), caller.requireDistrict(),
                caller.hasRole(Roles.VISIT_COORDINATOR))).stream()
                .map(m -> new StaffMemberView(m.subject(), m.name())).toList();
    }
}
