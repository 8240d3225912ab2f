package cn.tuoyu.facilities.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.FilingReview;
import cn.tuoyu.facilities.entity.Standing;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/** Health staff's list of every facility of their district, in any standing, to suspend, reinstate or revoke. */
@Path("district-facilities")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class DistrictFacilitiesResource {

    @Inject
    Caller caller;
    @Inject
    FilingReview review;

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Facilities of the caller's district by name, optionally of one standing")
    public PageView<FacilityView> facilities(@QueryParam("standing") @Pattern(regexp = Standing.PATTERN,
            message = "must be one of " + Standing.PATTERN) String standing, @Valid @BeanParam PageRequest paging) {
        return PageView.of(review.facilities(caller.requireDistrict(),
                standing == null ? null : Standing.valueOf(standing), paging.page, paging.size),
                FacilityView::forReviewer);
    }
}
