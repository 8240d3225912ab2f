package cn.tuoyu.families.boundary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.families.control.ChildDirectory;
import cn.tuoyu.families.control.ChildRegistry;
import cn.tuoyu.families.entity.DocumentKind;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.families.entity.Relation;
import cn.tuoyu.families.entity.Sex;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.validation.PlainText;

/** A resident's children: register, list, read, correct, remove, invite the other guardian. */
@Path("children")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class ChildrenResource {

    @Inject
    Caller caller;

    @Inject
    ChildRegistry registry;

    @Inject
    ChildDirectory directory;

    @Context
    UriInfo uriInfo;

    public record RegisterChildRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[^<>]+") @PlainText String name,
            @NotNull Sex sex,
            @NotNull LocalDate birthDate,
            @NotNull DocumentKind documentKind,
            @NotBlank @Size(max = 32) @PlainText String documentNumber,
            @NotBlank @Pattern(regexp = "[0-9]{6}") String districtCode,
            @NotNull Relation relation) {
    }

    /** A guardian's correction: the identity number is not part of it and stays as registered. */
    public record CorrectChildRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[^<>]+") @PlainText String name,
            @NotNull Sex sex,
            @NotNull LocalDate birthDate) {
    }

    public record InvitationView(UUID code, UUID childId, Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Register a child (needs current consent to the children's-data notice)")
    public Response register(@Valid @NotNull RegisterChildRequest request) {
        var child = registry.register(caller.subject(), new ChildRegistry.Registration(request.name(), request.sex(),
                request.birthDate(), IdentityDocument.parse(request.documentKind(), request.documentNumber()),
                request.districtCode(), request.relation()));
        URI location = uriInfo.getAbsolutePathBuilder().path(child.id().toString()).build();
        return Response.created(location).entity(ChildView.of(child, directory.today())).build();
    }

    @GET
    @Operation(summary = "The caller's children")
    public List<ChildView> mine() {
        LocalDate today = directory.today();
        return registry.childrenOf(caller.subject()).stream().map(c -> ChildView.of(c, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's children (any other id: 404)")
    public ChildView one(@PathParam("id") UUID id) {
        return ChildView.of(registry.childOf(caller.subject(), id), directory.today());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a child's name, sex or birth date (the identity number stays; checked against it)")
    public ChildView correct(@PathParam("id") UUID id, @Valid @NotNull CorrectChildRequest request) {
        var correction = new ChildRegistry.Correction(request.name().strip(), request.sex(), request.birthDate());
        return ChildView.of(registry.correct(caller.subject(), id, correction), directory.today());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a child: what is open for it is cancelled and its data erased, for every guardian")
    public Response remove(@PathParam("id") UUID id) {
        registry.remove(caller.subject(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite a second guardian; pass the code on, it is valid for 7 days")
    public Response invite(@PathParam("id") UUID id) {
        ChildRegistry.Invitation invitation = registry.invite(caller.subject(), id);
        URI location = uriInfo.getBaseUriBuilder().path("guardian-invitations").path(invitation.code().toString())
                .build();
        return Response.created(location)
                .entity(new InvitationView(invitation.code(), invitation.childId(), invitation.expiresAt())).build();
    }
}
