package cn.tuoyu.platform.web;

import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestTokens;

/** Security headers on every kind of answer; no description of the API for anyone who asks (WADL, OPTIONS). */
class HttpHygieneIT extends AgainstTheApp {

    @Test
    void pagesFilesApiAnswersAndProblemsCarryTheSecurityHeaders() {
        for (String page : List.of("/", "/index.html", "/silent-check-sso.html", "/app/main.js")) {
            Api.Reply reply = api.send(api.request(page, null).setHeader("Accept", "text/html,*/*").GET());
            assertEquals(200, reply.status(), page);
            String policy = assertSecurityHeaders(reply, page);
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertTrue(policy.contains("connect-src 'self' http"), "keycloak-js may reach Keycloak: " + policy);
            assertTrue(policy.contains("frame-ancestors 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        }
        assertFalse(api.get("/silent-check-sso.html", null).body().contains("<script>"), "no inline script");

        Api.Reply json = api.get("/api/districts", TestTokens.resident());
        assertEquals(200, json.status());
        assertTrue(assertSecurityHeaders(json, "api").startsWith("default-src 'none'"));
        Api.Reply config = api.get("/api/client-config", null);
        assertSecurityHeaders(config, "client-config");

        Api.Reply problem = api.get("/api/districts/000000", TestTokens.resident());
        assertProblem(problem, 404, "district-not-found");
        assertSecurityHeaders(problem, "problem");
        Api.Reply unauthenticated = api.get("/api/districts", null);
        assertProblem(unauthenticated, 401);
        assertSecurityHeaders(unauthenticated, "401 from the container");
        Api.Reply unknown = api.get("/no/such/page", null);
        assertProblem(unknown, 404);
        assertSecurityHeaders(unknown, "404 from the container");
    }

    @Test
    void wadlIsNotServed() {
        for (String path : List.of("/api/application.wadl", "/api/application.wadl?detail=true",
                "/api/application.wadl/xsd0.xsd")) {
            Api.Reply reply = api.send(api.request(path, TestTokens.resident()).setHeader("Accept", "*/*").GET());
            assertEquals(404, reply.status(), path + ": " + reply);
            assertFalse(reply.body().contains("<application"), reply::toString);
        }
    }

    @Test
    void optionsDescribesNoResource() {
        for (String path : List.of("/api/districts", "/api/voucher-batches", "/api/redemptions", "/api/staff/visits",
                "/api/no-such-thing", "/")) {
            for (String token : new String[] {null, TestTokens.health("320614")}) {
                Api.Reply reply = api.send(api.request(path, token).method("OPTIONS",
                        HttpRequest.BodyPublishers.noBody()));
                assertProblem(reply, 405, "method-not-allowed");
                assertEquals(SecurityHeaders.ALLOW, reply.header("Allow"), "the same Allow everywhere: " + path);
                assertFalse(reply.body().contains("wadl") || reply.body().contains("resource"), reply::toString);
                assertSecurityHeaders(reply, "OPTIONS " + path);
            }
        }
    }

    private static String assertSecurityHeaders(Api.Reply reply, String what) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy"), what);
        String policy = reply.header("Content-Security-Policy");
        assertNotNull(policy, what + " has a Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors"), what + ": " + policy);
        return policy;
    }
}
