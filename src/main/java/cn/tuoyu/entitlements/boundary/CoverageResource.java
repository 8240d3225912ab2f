package cn.tuoyu.entitlements.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.entitlements.control.Coverage;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Entitlement coverage of the health staff member's own district, for the dashboard. */
@Path("districts/{code}/coverage")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    /**
     * One rule's coverage: eligible children, those who received a session (consumed), those who received all, and
     * apart from them what is reserved but not yet delivered (booked, scheduled, claimed): children and sessions.
     */
    public record CoverageView(String serviceKind, int ageFromMonths, int ageToMonths, int sessions,
            long eligibleChildren, long childrenServed, long childrenFullyServed, double share,
            long childrenWithReserved, long sessionsReserved, long sessionsConsumed) {
    }

    @Inject
    Caller caller;

    @Inject
    Coverage coverage;

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Per rule in force today: eligible children, those served (sessions consumed), and "
            + "separately sessions reserved (booked or scheduled, not yet delivered)")
    public List<CoverageView> of(@PathParam("code") String code) {
        return coverage.ofOwnDistrict(caller.requireDistrict(), code).stream()
                .map(l -> new CoverageView(l.serviceKind().name(), l.ageFromMonths(),
                        l.ageToMonths(), l.sessions(), l.eligibleChildren(), l.childrenServed(),
                        l.childrenFullyServed(),
                        Math.round(l.share() * 1000) / 1000.0, l.childrenWithReserved(), l.sessionsReserved(),
                        l.sessionsConsumed()))
                .toList();
    }
}
