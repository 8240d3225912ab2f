package cn.tuoyu.guidance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import cn.tuoyu.guidance.control.DistrictStaff;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Keeps the district staff list: a health-commission caller with a district claim is recorded as its staff. */
@Provider
public class StaffDirectoryFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;
    @Inject
    DistrictStaff staff;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().isUserInRole(Roles.HEALTH_COMMISSION)) {
            caller.district().ifPresent(d -> staff.seen(caller.subject(), caller.displayName(), d));
        }
    }
}
