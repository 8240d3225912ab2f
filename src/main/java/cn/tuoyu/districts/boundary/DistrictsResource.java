package cn.tuoyu.districts.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.districts.control.Districts;
import cn.tuoyu.districts.entity.District;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** Districts and their cities. */
@Path("districts")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictsResource {

    @Inject
    Caller caller;

    @Inject
    Districts districts;

    public record DistrictView(String code, String name, String cityCode, String cityName, Integer population,
            Instant updatedAt) {

        static DistrictView of(District d) {
            return new DistrictView(d.code(), d.name(), d.cityCode(), d.cityName(), d.population(), d.updatedAt());
        }
    }

    public record PopulationRequest(@NotNull @Min(1) @Max(100_000_000) Integer population) {
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "All districts")
    public List<DistrictView> all() {
        return districts.all().stream().map(DistrictView::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Operation(summary = "One district")
    public DistrictView one(@PathParam("code") String code) {
        return DistrictView.of(districts.byCode(code));
    }

    @PUT
    @Path("{code}/population")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Correct the population of the caller's own district")
    public DistrictView population(@PathParam("code") String code, @Valid @NotNull PopulationRequest request) {
        return DistrictView.of(districts.updatePopulation(caller.requireDistrict(), code, request.population()));
    }
}
