package cn.tuoyu.notifications.boundary;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.tuoyu.notifications.control.Contacts;
import cn.tuoyu.notifications.control.DeadLetters;
import cn.tuoyu.notifications.control.Inbox;
import cn.tuoyu.notifications.control.Preferences;
import cn.tuoyu.notifications.entity.NotificationContact;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.security.Caller;
import cn.tuoyu.platform.security.Roles;
import cn.tuoyu.platform.web.PageRequest;
import cn.tuoyu.platform.web.PageView;

/** The caller's notifications (inbox, unread count, read), their contact and choices, and staff's dead letters. */
@Path("notifications")
@Boundary
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
public class NotificationsResource {

    @Inject
    Caller caller;

    @Inject
    Inbox inbox;

    @Inject
    Contacts contacts;

    @Inject
    Preferences preferences;

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "Your notifications, newest first, in your language (Accept-Language, else the one you use "
            + "the app in)")
    public PageView<NotificationView> inbox(@Valid @BeanParam PageRequest page,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        String locale = locale(acceptLanguage);
        return PageView.of(inbox.of(caller.subject(), page.page, page.size), n -> NotificationView.of(n, locale));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of your notifications are unread")
    public UnreadView unread() {
        return new UnreadView(inbox.unread(caller.subject()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of your notifications read (404 for anyone else's)")
    public NotificationView read(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String acceptLanguage) {
        return NotificationView.of(inbox.read(caller.subject(), id), locale(acceptLanguage));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all your notifications read")
    public UnreadView readAll() {
        inbox.readAll(caller.subject());
        return new UnreadView(0);
    }

    @PUT
    @Path("contact")
    @Operation(summary = "Keep where you are reached (mobile number and e-mail from your sign-in) and your language; "
            + "the web app calls it at sign-in")
    public Response contact(@Valid ContactRequest request) {
        contacts.capture(caller.subject(), caller.phoneNumber().orElse(null), caller.email().orElse(null),
                request == null ? null : request.locale(), caller.facilityId(), caller.district());
        return Response.noContent().build();
    }

    @GET
    @Path("preferences")
    @Operation(summary = "Your choices of channels and of notices that are not essential, with your addresses masked")
    public PreferencesView preferences() {
        return PreferencesView.of(preferences.of(caller.subject()), contacts.of(caller.subject()).orElse(null));
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Choose e-mail, SMS and notices that are not essential (essential ones, such as a waitlist "
            + "offer's deadline, always go to every address)")
    public PreferencesView choose(@Valid @NotNull PreferencesRequest request) {
        return PreferencesView.of(preferences.choose(caller.subject(), request.email(), request.sms(),
                request.nonEssential()), contacts.of(caller.subject()).orElse(null));
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    @Operation(summary = "The e-mail's unsubscribe link: no more e-mail that is not essential (no sign-in)")
    public Response unsubscribe(@Valid @NotNull UnsubscribeRequest request) {
        preferences.unsubscribe(request.token());
        return Response.noContent().build();
    }

    @GET
    @Path("dead-letters")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Deliveries of your district's notices that used their last attempt, newest first")
    public PageView<DeadLetterView> deadLetters(@Valid @BeanParam PageRequest page) {
        return PageView.of(deadLetters.ofDistrict(caller.requireDistrict(), page.page, page.size),
                DeadLetterView::of);
    }

    @POST
    @Path("dead-letters/{id}/retry")
    @RolesAllowed(Roles.HEALTH_COMMISSION)
    @Operation(summary = "Send a dead delivery of your district again, with every attempt (404 for another "
            + "district's)")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return DeliveryView.of(deadLetters.retry(caller.requireDistrict(), id));
    }

    /** Accept-Language when it names English or Chinese, else the language the caller uses the app in. */
    private String locale(String acceptLanguage) {
        Optional<String> asked = Optional.ofNullable(acceptLanguage).map(String::strip).map(String::toLowerCase);
        if (asked.filter(a -> a.startsWith("en")).isPresent()) {
            return "en";
        }
        if (asked.filter(a -> a.startsWith("zh")).isPresent()) {
            return NotificationContact.DEFAULT_LOCALE;
        }
        return contacts.of(caller.subject()).map(NotificationContact::locale)
                .orElse(NotificationContact.DEFAULT_LOCALE);
    }
}
