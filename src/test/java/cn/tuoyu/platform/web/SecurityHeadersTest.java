package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void theAppMayTalkToAndFrameTheConfiguredKeycloakOnly() {
        String policy = SecurityHeaders.appPolicy("https://id.example.cn:8443/auth/ ");
        assertTrue(policy.contains("connect-src 'self' https://id.example.cn:8443;"), policy);
        assertTrue(policy.contains("frame-src 'self' https://id.example.cn:8443;"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("img-src 'self' blob: data:;"), policy);
        assertTrue(policy.endsWith("frame-ancestors 'self'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void apiAnswersRunNothing() {
        assertTrue(SecurityHeaders.API_POLICY.startsWith("default-src 'none';"));
        assertFalse(SecurityHeaders.API_POLICY.contains("script-src"));
        assertEquals("http://localhost:8180", SecurityHeaders.origin("http://localhost:8180"));
    }
}
