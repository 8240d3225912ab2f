package cn.tuoyu.vouchers.boundary;

import java.net.URI;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.vouchers.control.PrintableVoucher;
import cn.tuoyu.vouchers.control.QrCodes;
import cn.tuoyu.vouchers.control.VoucherClaims;
import cn.tuoyu.vouchers.control.VoucherWallet;
import cn.tuoyu.vouchers.entity.RotatingCode;

/** A resident's vouchers: claim, list, and the rotating code to show at the counter. */
@Path("vouchers")
@Boundary
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
public class VouchersResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    Caller caller;

    @Inject
    VoucherClaims claims;

    @Inject
    VoucherWallet wallet;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a voucher of a batch for one of your children")
    public Response claim(@Valid @NotNull ClaimRequest request) {
        VoucherView voucher = VoucherView.of(claims.claim(caller.subject(), request.childId(), request.batchId()));
        return Response.created(URI.create("/api/vouchers/" + voucher.id())).entity(voucher).build();
    }

    @GET
    @Operation(summary = "Your vouchers, newest first")
    public List<VoucherView> mine() {
        return wallet.of(caller.subject()).stream().map(VoucherView::of).toList();
    }

    @GET
    @Path("{id}")
    public VoucherView one(@PathParam("id") UUID id) {
        return VoucherView.of(wallet.one(caller.subject(), id));
    }

    @GET
    @Path("{id}/code")
    @Operation(summary = "The code to show now (rotates every 30 s, accepted for about a minute)")
    public Response code(@PathParam("id") UUID id) {
        VoucherWallet.CurrentCode code = wallet.code(caller.subject(), id);
        return Response.ok(new CodeView(id, code.text(), code.manualCode(), code.validUntil(),
                (int) RotatingCode.STEP_SECONDS)).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("{id}/printable")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The voucher as a page to print: details, manual code, and the QR code of the moment")
    public Response printable(@PathParam("id") UUID id) {
        String page = PrintableVoucher.html(wallet.one(caller.subject(), id), wallet.code(caller.subject(), id));
        return Response.ok(page, MediaType.TEXT_HTML + ";charset=UTF-8").cacheControl(NO_STORE).build();
    }

    @GET
    @Path("{id}/code.png")
    @Produces("image/png")
    @Operation(summary = "The code to show now, as a QR code PNG")
    public Response png(@PathParam("id") UUID id) {
        VoucherWallet.CurrentCode code = wallet.code(caller.subject(), id);
        return Response.ok(QrCodes.png(code.text(), 360), "image/png").cacheControl(NO_STORE).build();
    }
}
