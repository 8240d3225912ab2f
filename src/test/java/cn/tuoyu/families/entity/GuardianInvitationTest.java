package cn.tuoyu.families.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class GuardianInvitationTest {

    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void anInvitationIsAcceptedOnceWithinAWeek() {
        GuardianInvitation invitation = new GuardianInvitation(UUID.randomUUID(), "parent-a", NOW);
        assertEquals(NOW.plus(GuardianInvitation.VALIDITY), invitation.expiresAt());
        invitation.acceptBy("parent-b", invitation.expiresAt().minusMillis(1));
        assertThrows(InvitationAlreadyUsedException.class, () -> invitation.acceptBy("parent-c", NOW));
    }

    @Test
    void anExpiredInvitationIsRefused() {
        GuardianInvitation invitation = new GuardianInvitation(UUID.randomUUID(), "parent-a", NOW);
        assertThrows(InvitationExpiredException.class, () -> invitation.acceptBy("parent-b", invitation.expiresAt()));
    }
}
