package cn.tuoyu.vouchers.boundary;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.LotteryApplications;
import cn.tuoyu.vouchers.control.LotteryApplications.Applied;

/** A guardian's applications for lottery batches, per child: apply, see where the child stands, withdraw. */
@Path("children/{id}/lottery-applications")
@Boundary
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LotteryApplicationsResource {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    LotteryApplications applications;

    @GET
    @Operation(summary = "The child's lottery applications: id, state, position after the draw, offer deadline")
    public List<LotteryApplicationView> ofChild(@PathParam("id") UUID childId) {
        return applications.ofChild(caller.subject(), childId).stream()
                .map(a -> LotteryApplicationView.of(a, clock.instant())).toList();
    }

    @POST
    @Operation(summary = "Apply for a lottery batch's draw (201; 200 with the same application when already applied)")
    public Response apply(@PathParam("id") UUID childId, @Valid @NotNull LotteryApplicationRequest request) {
        Applied applied = applications.apply(caller.subject(), childId, request.batchId());
        LotteryApplicationView view = LotteryApplicationView.of(applied, clock.instant());
        return applied.created()
                ? Response.created(URI.create("/api/children/" + childId + "/lottery-applications")).entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "Withdraw the child's application for a batch, before the draw (409 after)")
    public LotteryApplicationView withdraw(@PathParam("id") UUID childId,
            @Valid @NotNull LotteryApplicationRequest request) {
        return LotteryApplicationView.of(applications.withdraw(caller.subject(), childId, request.batchId()),
                clock.instant());
    }
}
