package cn.tuoyu.facilities.boundary;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.ApplicationFile;
import cn.tuoyu.facilities.control.Download;
import cn.tuoyu.facilities.control.FacilityNotFoundException;
import cn.tuoyu.facilities.control.FacilityRecords;
import cn.tuoyu.facilities.control.FacilityStanding;
import cn.tuoyu.facilities.control.FilingReview;
import cn.tuoyu.facilities.control.Filings;
import cn.tuoyu.facilities.control.Reviewer;
import cn.tuoyu.facilities.control.SavedFacility;
import cn.tuoyu.facilities.control.Scope;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/**
 * A facility's record, applications, materials, review decisions and history. Facility staff act for the facility
 * in their token; health staff for the facilities of their district; anything else is 404.
 */
@Path("facilities/{id}")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    @Inject
    Caller caller;
    @Inject
    FacilityRecords records;
    @Inject
    Filings filings;
    @Inject
    FilingReview review;
    @Inject
    FacilityStanding standing;
    @Context
    UriInfo uri;

    @PUT
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "Create or edit the caller's own facility record (after filing: contact and hours only)")
    public Response save(@PathParam("id") String id, @NotNull @Valid FacilityRequest request) {
        Scope scope = Scope.facilityStaff(caller.requireFacilityId());
        SavedFacility saved = records.save(scope, id, request.toDetails());
        FacilityView view = FacilityView.seenBy(scope, saved.facility());
        return saved.created()
                ? Response.created(uri.getAbsolutePath()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "A facility's record and standing")
    public FacilityView get(@PathParam("id") String id) {
        Scope scope = scope();
        return FacilityView.seenBy(scope, records.visible(scope, id));
    }

    @GET
    @Path("standing")
    @PermitAll
    @Operation(summary = "May this facility redeem vouchers today? (filed and not suspended, revoked or deregistered)")
    public StandingView standing(@PathParam("id") String id) {
        return standing.today(id).map(s -> new StandingView(s.facilityId(), s.standing().name(), s.mayRedeem()))
                .orElseThrow(FacilityNotFoundException::new);
    }

    @POST
    @Path("applications")
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "Open a filing, change or deregistration application (a draft until submitted)")
    public Response open(@PathParam("id") String id, @NotNull @Valid ApplicationRequest request) {
        ApplicationFile file = filings.open(Scope.facilityStaff(caller.requireFacilityId()), id, request.toKind(),
                request.toChange());
        URI location = uri.getAbsolutePathBuilder().path(file.application().id().toString()).build();
        return Response.created(location).entity(ApplicationView.of(file)).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "A facility's applications, newest first")
    public List<ApplicationView> applications(@PathParam("id") String id) {
        return filings.all(scope(), id).stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("applications/{applicationId}")
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "One application with its materials")
    public ApplicationView application(@PathParam("id") String id, @PathParam("applicationId") String applicationId) {
        return ApplicationView.of(filings.file(scope(), id, applicationId));
    }

    @PUT
    @Path("applications/{applicationId}/materials/{kind}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "Upload a material: the raw PDF, JPEG or PNG file as the body, with its Content-Type")
    public MaterialView upload(@PathParam("id") String id, @PathParam("applicationId") String applicationId,
            @PathParam("kind") String kind, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] file) {
        return MaterialView.of(filings.upload(Scope.facilityStaff(caller.requireFacilityId()), id, applicationId,
                kind, contentType, file));
    }

    @GET
    @Path("applications/{applicationId}/materials/{kind}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "Download a material (always as an attachment)")
    public Response download(@PathParam("id") String id, @PathParam("applicationId") String applicationId,
            @PathParam("kind") String kind) {
        Download file = filings.download(scope(), id, applicationId, kind);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("applications/{applicationId}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FACILITY)
    @Operation(summary = "Submit a draft application for review (a filing needs all its materials)")
    public ApplicationView submit(@PathParam("id") String id, @PathParam("applicationId") String applicationId) {
        return ApplicationView.of(filings.submit(Scope.facilityStaff(caller.requireFacilityId()), id,
                applicationId));
    }

    @POST
    @Path("applications/{applicationId}/decision")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Health staff of the facility's district decide a pending application")
    public ApplicationView decide(@PathParam("id") String id, @PathParam("applicationId") String applicationId,
            @NotNull @Valid DecisionRequest request) {
        return ApplicationView.of(review.decide(reviewer(), id, applicationId, request.toOutcome(),
                request.filingNumber(), request.filedOn(), request.reasons(), request.toHygieneEvaluation()));
    }

    @POST
    @Path("standing-decisions")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Suspend, reinstate or revoke a filed facility, with reasons")
    public FacilityView changeStanding(@PathParam("id") String id, @NotNull @Valid StandingRequest request) {
        return FacilityView.forReviewer(review.changeStanding(reviewer(), id, request.toAction(), request.reasons()));
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "Every decision on the facility: who, when, why")
    public List<DecisionView> history(@PathParam("id") String id) {
        return review.history(scope(), id).stream().map(DecisionView::of).toList();
    }

    private Scope scope() {
        return Scope.of(caller.hasRole(Roles.FACILITY) ? caller.facilityId() : Optional.empty(),
                caller.hasRole(Roles.HEALTH_COMMISSION) ? caller.district() : Optional.empty());
    }

    private Reviewer reviewer() {
        return new Reviewer(caller.subject(), caller.username(), caller.requireDistrict());
    }
}
