package cn.tuoyu.hourlycare.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.hourlycare.control.CareSchedules;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.time.ChinaTime;

/** Health staff: the hourly-care places the district's facilities publish. */
@Path("hourly-care/capacity")
@Boundary
@RolesAllowed(Roles.HEALTH_COMMISSION)
@Produces(MediaType.APPLICATION_JSON)
public class HourlyCareCapacityResource {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CareSchedules schedules;

    @GET
    @Operation(summary = "Hourly-care places per day by facility of your district")
    public List<CapacityView> capacity(@Valid @BeanParam CapacityQuery query) {
        return schedules.capacity(caller.requireDistrict(), query.from(ChinaTime.today(clock)), query.days).stream()
                .map(CapacityView::of).toList();
    }
}
