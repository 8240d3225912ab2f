package cn.tuoyu.families.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.families.control.Consents;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.validation.PlainText;

/** The caller's separate consent to the children's-data notice. */
@Path("consents/children-data")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class ConsentsResource {

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    public record ConsentRequest(@NotBlank @Size(max = 40) @PlainText String noticeVersion) {
    }

    /** The notice version to consent to, and whether (and to which version, when) the caller has consented. */
    public record ConsentView(String currentNoticeVersion, boolean consented, String consentedVersion,
            Instant givenAt) {
    }

    /** A child of the caller as withdrawal would treat it: masked name, and whether it would be erased. */
    public record WithdrawalChildView(UUID childId, String maskedName, boolean erased) {
    }

    @GET
    @Operation(summary = "The current children's-data notice version and the caller's consent")
    public ConsentView status() {
        return consents.of(caller.subject())
                .map(c -> new ConsentView(Consents.CURRENT_NOTICE_VERSION, c.current(), c.noticeVersion(),
                        c.givenAt()))
                .orElse(new ConsentView(Consents.CURRENT_NOTICE_VERSION, false, null, null));
    }

    @PUT
    @Operation(summary = "Consent to the current children's-data notice (idempotent)")
    public ConsentView give(@Valid @NotNull ConsentRequest request) {
        Consents.Consent consent = consents.give(caller.subject(), request.noticeVersion());
        return new ConsentView(Consents.CURRENT_NOTICE_VERSION, true, consent.noticeVersion(), consent.givenAt());
    }

    @GET
    @Path("withdrawal")
    @Operation(summary = "What withdrawing would do: each of your children, masked, and whether it would be erased")
    public List<WithdrawalChildView> withdrawalPreview() {
        return consents.withdrawalPreview(caller.subject()).stream()
                .map(c -> new WithdrawalChildView(c.childId(), c.maskedName(), c.erased())).toList();
    }

    @DELETE
    @Operation(summary = "Withdraw consent: stops processing and erases children no consenting guardian is left for")
    public void withdraw() {
        consents.withdraw(caller.subject());
    }
}
