package cn.tuoyu.facilities.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.DirectoryQuery;
import cn.tuoyu.facilities.control.FacilityDirectory;
import cn.tuoyu.facilities.control.FacilityNotFoundException;
import cn.tuoyu.facilities.entity.ServiceType;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/** The public directory, without login: filed facilities, and refused filings with their reasons. */
@Path("directory")
@Boundary
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    FacilityDirectory directory;

    @GET
    @Path("facilities")
    @Operation(summary = "Filed facilities, by district, service type, affordable and demonstration flags, and q: "
            + "a piece of the name or address (case-insensitive)")
    public PageView<FacilityView> facilities(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}",
                    message = "must be a 6-digit district code") String district,
            @QueryParam("serviceType") @Pattern(regexp = ServiceType.PATTERN,
                    message = "must be one of " + ServiceType.PATTERN) String serviceType,
            @QueryParam("affordable") Boolean affordable,
            @QueryParam("demonstration") Boolean demonstration,
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @Valid @BeanParam PageRequest paging) {
        DirectoryQuery query = new DirectoryQuery(district,
                serviceType == null ? null : ServiceType.parse(serviceType).orElseThrow(), affordable, demonstration,
                q, paging.page, paging.size);
        return PageView.of(directory.search(query), FacilityView::of);
    }

    @GET
    @Path("facilities/{id}")
    @Operation(summary = "One facility of the directory")
    public FacilityView facility(@PathParam("id") String id) {
        return directory.listed(id).map(FacilityView::of).orElseThrow(FacilityNotFoundException::new);
    }

    @GET
    @Path("refusals")
    @Operation(summary = "Refused filings with their reasons, newest first")
    public PageView<RefusalView> refusals(
            @QueryParam("district") @Pattern(regexp = "[0-9]{6}",
                    message = "must be a 6-digit district code") String district,
            @Valid @BeanParam PageRequest paging) {
        return PageView.of(directory.refusals(district, paging.page, paging.size), RefusalView::of);
    }
}
