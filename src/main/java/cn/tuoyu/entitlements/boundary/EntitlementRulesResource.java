package cn.tuoyu.entitlements.boundary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import cn.tuoyu.entitlements.control.EntitlementRules;
import cn.tuoyu.entitlements.entity.EntitlementRule;
import cn.tuoyu.entitlements.entity.RuleVersion;
import cn.tuoyu.entitlements.entity.ServiceKind;
import cn.tuoyu.entitlements.entity.WindowKind;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.validation.DateBetween;

/** A district's entitlement rule versions: anyone signed in reads them; the district's health staff publish. */
@Path("districts/{code}/entitlement-rules")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntitlementRulesResource {

    @Inject
    Caller caller;

    @Inject
    EntitlementRules rules;

    @Context
    UriInfo uriInfo;

    public record RuleRequest(@NotNull ServiceKind serviceKind, @NotNull @Min(0) @Max(36) Integer ageFromMonths,
            @NotNull @Min(0) @Max(36) Integer ageToMonths, @NotNull @Min(0) @Max(100) Integer sessions,
            @NotNull WindowKind window) {
    }

    public record PublishRulesRequest(@NotNull @DateBetween(from = "-P1Y", to = "P2Y") LocalDate effectiveFrom,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull RuleRequest> rules) {
    }

    public record RuleView(String serviceKind, int ageFromMonths, int ageToMonths, int sessions, String window) {
    }

    public record RuleVersionView(String districtCode, int version, LocalDate effectiveFrom, Instant publishedAt,
            List<RuleView> rules) {

        static RuleVersionView of(RuleVersion v) {
            return new RuleVersionView(v.districtCode(), v.version(), v.effectiveFrom(), v.publishedAt(),
                    v.rules().stream().map(r -> new RuleView(r.kind().name(), r.fromMonths(), r.toMonths(),
                            r.sessions(), r.window().name())).toList());
        }
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "All rule versions of the district, oldest first")
    public List<RuleVersionView> all(@PathParam("code") String code) {
        return rules.versions(code).stream().map(RuleVersionView::of).toList();
    }

    @GET
    @Path("{version}")
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "One rule version")
    public RuleVersionView one(@PathParam("code") String code, @PathParam("version") int version) {
        return RuleVersionView.of(rules.version(code, version));
    }

    @POST
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Publish a new rule version for the caller's district, effective today or later")
    public Response publish(@PathParam("code") String code, @Valid @NotNull PublishRulesRequest request) {
        RuleVersion version = rules.publish(caller.requireDistrict(), caller.subject(), code, request.effectiveFrom(),
                request.rules().stream().map(r -> new EntitlementRule(r.serviceKind(), r.ageFromMonths(),
                        r.ageToMonths(), r.sessions(), r.window())).toList());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(version.version())).build();
        return Response.created(location).entity(RuleVersionView.of(version)).build();
    }
}
