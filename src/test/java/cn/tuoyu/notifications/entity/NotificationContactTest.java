package cn.tuoyu.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class NotificationContactTest {

    private static NotificationContact contact(String phone, String email) {
        return new NotificationContact("subject", phone, email, "zh-CN", null, null, Instant.EPOCH);
    }

    @Test
    void aMainlandMobileNumberIsKeptForSms() {
        assertEquals("13800138000", contact("13800138000", null).address(ChannelKind.SMS));
        assertEquals("+8613800138000", contact("+8613800138000", null).address(ChannelKind.SMS));
    }

    @Test
    void aUsernameThatIsNoPhoneNumberIsNoAddress() {
        assertNull(contact("demo-parent", null).address(ChannelKind.SMS), "the demo users' phone_number claim");
        assertNull(contact("12345", null).address(ChannelKind.SMS));
        assertNull(contact("1380013800", null).address(ChannelKind.SMS), "ten digits");
        assertNull(contact("   ", null).address(ChannelKind.SMS));
    }

    @Test
    void onlyAnAddressThatLooksLikeMailIsKeptForEmail() {
        assertEquals("parent@example.org", contact(null, "parent@example.org").address(ChannelKind.EMAIL));
        assertNull(contact(null, "parent").address(ChannelKind.EMAIL));
        assertNull(contact(null, "a@b@c").address(ChannelKind.EMAIL));
        assertNull(contact(null, "x".repeat(300) + "@example.org").address(ChannelKind.EMAIL));
    }
}
