package cn.tuoyu.facilities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.FilingReview;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Health staff's review queue: applications of their district waiting for a decision, oldest first. */
@Path("facility-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FacilityReviewsResource {

    @Inject
    Caller caller;
    @Inject
    FilingReview review;

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Pending applications of the caller's district")
    public PageView<PendingView> pending(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return PageView.of(review.pending(caller.requireDistrict(), page, size), PendingView::of);
    }
}
