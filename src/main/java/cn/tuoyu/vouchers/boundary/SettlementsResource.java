package cn.tuoyu.vouchers.boundary;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.csv.CsvTable;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.Settlements;

/** Monthly settlement: facility staff see their own facility; health staff every facility of their district. */
@Path("settlements")
@Boundary
public class SettlementsResource {

    @Inject
    Caller caller;

    @Inject
    Settlements settlements;

    @GET
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redemptions per facility and batch in a month, with totals")
    public List<SettlementLineView> month(@Valid @BeanParam MonthQuery month) {
        return lines(month.value()).stream().map(SettlementLineView::of).toList();
    }

    @GET
    @Path("csv")
    @RolesAllowed({Roles.FACILITY, Roles.HEALTH_COMMISSION})
    @Produces("text/csv")
    @Operation(summary = "The same as CSV for finance (UTF-8 with BOM, opens in Excel)")
    public Response csv(@Valid @BeanParam MonthQuery month) {
        YearMonth yearMonth = month.value();
        return Response.ok(Settlements.csv(yearMonth, lines(yearMonth)), CsvTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"settlement-" + yearMonth + ".csv\"").build();
    }

    private List<Settlements.Line> lines(YearMonth month) {
        return caller.hasRole(Roles.FACILITY)
                ? settlements.ofFacility(Facilities.id(caller.requireFacilityId()), month)
                : settlements.ofDistrict(caller.requireDistrict(), month);
    }
}
