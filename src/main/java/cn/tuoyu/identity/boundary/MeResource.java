package cn.tuoyu.identity.boundary;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Who the caller is: username, roles, and the facility or district their account is bound to. */
@Path("me")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    /** The caller as the API sees them. */
    public record MeView(String username, Set<String> roles, String facilityId, String district) {
    }

    /** The scope a staff member acts in. */
    public record ScopeView(String kind, String id) {
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "The caller's identity, roles and scope")
    public MeView me() {
        return new MeView(caller.username(), caller.roles(), caller.facilityId().orElse(null),
                caller.district().orElse(null));
    }

    @GET
    @Path("facility")
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "The facility a facility staff member acts for")
    public ScopeView facility() {
        return new ScopeView("facility", caller.requireFacilityId());
    }

    @GET
    @Path("district")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "The district a health-commission member acts for")
    public ScopeView district() {
        return new ScopeView("district", caller.requireDistrict());
    }
}
