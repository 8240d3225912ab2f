package cn.tuoyu.facilities.boundary;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.facilities.control.PlacesReport;
import cn.tuoyu.platform.Boundary;

/** Childcare places per 1,000 residents (千人托位数) per district, against the targets of the districts' plans. */
@Path("places-per-thousand")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

    @Inject
    PlacesReport report;

    @GET
    @PermitAll
    @Operation(summary = "Every district: places of filed facilities, population, places per 1,000, targets")
    public List<DistrictPlacesView> all() {
        return report.all().stream().map(DistrictPlacesView::of).toList();
    }

    @GET
    @Path("{district}")
    @PermitAll
    @Operation(summary = "One district's places per 1,000 and targets")
    public DistrictPlacesView one(@PathParam("district") String district) {
        return DistrictPlacesView.of(report.one(district));
    }
}
