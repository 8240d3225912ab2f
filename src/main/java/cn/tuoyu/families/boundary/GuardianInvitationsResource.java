package cn.tuoyu.families.boundary;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildRegistry;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;

/** The second guardian accepts an invitation. */
@Path("guardian-invitations")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class GuardianInvitationsResource {

    @Inject
    Caller caller;

    @Inject
    ChildRegistry registry;

    @Inject
    ChildDirectory directory;

    public record AcceptInvitationRequest(@NotNull Relation relation) {
    }

    @POST
    @Path("{code}/acceptance")
    @Operation(summary = "Accept a guardian invitation (needs the caller's own consent)")
    public ChildView accept(@PathParam("code") UUID code, @Valid @NotNull AcceptInvitationRequest request) {
        return ChildView.of(registry.accept(caller.subject(), code, request.relation()), directory.today());
    }
}
