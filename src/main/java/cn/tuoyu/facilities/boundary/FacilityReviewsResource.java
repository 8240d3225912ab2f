package cn.tuoyu.facilities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.FilingReview;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/** Health staff's review queue: applications of their district waiting for a decision, oldest first. */
@Path("facility-reviews")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class FacilityReviewsResource {

    @Inject
    Caller caller;
    @Inject
    FilingReview review;

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Pending applications of the caller's district")
    public PageView<PendingView> pending(@Valid @BeanParam PageRequest paging) {
        return PageView.of(review.pending(caller.requireDistrict(), paging.page, paging.size), PendingView::of);
    }
}
