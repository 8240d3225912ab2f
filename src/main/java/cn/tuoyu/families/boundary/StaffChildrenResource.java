package cn.tuoyu.families.boundary;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.entity.AccessPurpose;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/**
 * Staff reads of children: health staff list and read children of their own district; facility staff get a counter
 * summary. Each read names its purpose and is logged.
 */
@Path("staff/children")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class StaffChildrenResource {

    static final String PURPOSES = "HOME_VISIT|ENTITLEMENT_CHECK|VOUCHER_REDEMPTION|CLASS_ATTENDANCE|SERVICE_REVIEW"
            + "|GUARDIAN_REQUEST";

    @Inject
    Caller caller;

    @Inject
    ChildDirectory directory;

    /** What a counter may see of a child. */
    public record ChildSummaryView(UUID id, String maskedName, int ageInMonths, String districtCode) {
    }

    @GET
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Children of the caller's district, a page at a time (each read is logged)")
    public PageView<StaffChildView> ofMyDistrict(
            @QueryParam("purpose") @NotNull @Pattern(regexp = PURPOSES) String purpose,
            @Valid @BeanParam PageRequest paging) {
        LocalDate today = directory.today();
        return PageView.of(directory.childrenOfDistrict(caller.requireDistrict(), AccessPurpose.valueOf(purpose),
                paging.page, paging.size), c -> StaffChildView.of(c, today));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "A child of the caller's district (other districts: 404; the read is logged)")
    public StaffChildView one(@PathParam("id") UUID id,
            @QueryParam("purpose") @NotNull @Pattern(regexp = PURPOSES) String purpose) {
        return StaffChildView.of(directory.childOfDistrict(caller.requireDistrict(), id,
                AccessPurpose.valueOf(purpose)), directory.today());
    }

    @GET
    @Path("{id}/summary")
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "What a counter needs: masked name, age in months, district (the read is logged)")
    public ChildSummaryView summary(@PathParam("id") UUID id,
            @QueryParam("purpose") @NotNull @Pattern(regexp = PURPOSES) String purpose) {
        var summary = directory.summaryForStaff(id, AccessPurpose.valueOf(purpose));
        return new ChildSummaryView(summary.id(), summary.maskedName(), summary.ageInMonths(),
                summary.districtCode());
    }
}
