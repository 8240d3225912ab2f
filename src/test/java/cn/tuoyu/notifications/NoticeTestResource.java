package cn.tuoyu.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.tuoyu.notifications.control.Notice;
import cn.tuoyu.notifications.control.Notifications;
import cn.tuoyu.notifications.control.Recipients;
import cn.tuoyu.notifications.entity.NoticeKind;
import cn.tuoyu.platform.Boundary;
import cn.tuoyu.platform.problems.DomainException;

/**
 * Test only, added to the integration tests' WAR (never shipped): tells a notice in a request's transaction, as a
 * feature does, and with {@code fail} throws after telling, so the transaction rolls back as a refused change does.
 */
@Path("test-notices")
@Boundary
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeTestResource {

    /** The notice to tell, and whether the change then fails. */
    public record TellRequest(List<String> to, UUID staffOf, String kind, String eventKey, Map<String, String> params,
            String link, boolean essential, Instant deadline, String district, boolean fail) {
    }

    /** What a business rule refusing after the notice was told looks like. */
    public static class ChangeRefused extends DomainException {

        private static final long serialVersionUID = 1L;

        public ChangeRefused() {
            super(422, "test-change-refused", "Change refused", "The change was refused after telling.");
        }
    }

    @Inject
    Notifications notifications;

    @POST
    public Response tell(TellRequest request) {
        notifications.tell(new Notice(request.staffOf() != null
                ? Recipients.staffOf(request.staffOf())
                : Recipients.people(request.to()), NoticeKind.valueOf(request.kind()), request.eventKey(),
                request.params(), request.link(), request.essential(), request.deadline(), request.district()));
        if (request.fail()) {
            throw new ChangeRefused();
        }
        return Response.noContent().build();
    }
}
