package cn.tuoyu.identity;

import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.testing.AgainstTheApp;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.TestTokens;
import cn.tuoyu.vouchers.VoucherFixtures;

/** Identity and the platform's common behaviour: tokens, roles, problem details, health, OpenAPI, metrics. */
class IdentityIT extends AgainstTheApp {

    @Test
    void eachRoleSeesItselfAndItsScope() {
        JsonObject resident = ok(api.get("/api/me", TestTokens.resident("parent-me")));
        assertEquals("parent-me", resident.getString("username"));
        assertEquals("resident", resident.getJsonArray("roles").getString(0));

        JsonObject facility = ok(api.get("/api/me", TestTokens.facility("f-1")));
        assertEquals("f-1", facility.getString("facilityId"));
        assertEquals("f-1", ok(api.get("/api/me/facility", TestTokens.facility("f-1"))).getString("id"));

        JsonObject health = ok(api.get("/api/me", TestTokens.health("320614")));
        assertEquals("320614", health.getString("district"));
        assertEquals("320614", ok(api.get("/api/me/district", TestTokens.health("320614"))).getString("id"));
    }

    @Test
    void aRoleOnAnotherRolesEndpointIsForbidden() {
        assertProblem(api.get("/api/me/facility", TestTokens.resident()), 403);
        assertProblem(api.get("/api/me/district", TestTokens.resident()), 403);
        assertProblem(api.get("/api/me/district", TestTokens.facility("f-1")), 403);
        assertProblem(api.get("/api/me/facility", TestTokens.health("320614")), 403);
    }

    @Test
    void staffWithoutTheirBindingAreForbidden() {
        String unbound = TestTokens.sign(TestTokens.claims("staff-x", List.of("facility"), Map.of()).build());
        assertProblem(api.get("/api/me/facility", unbound), 403, "missing-scope");
    }

    @Test
    void noTokenIsUnauthenticated() {
        assertProblem(api.get("/api/me", null), 401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        JWTClaimsSet claims = TestTokens.claims("p", List.of("resident"), Map.of())
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))).build();
        assertProblem(api.get("/api/me", TestTokens.sign(claims)), 401);
    }

    @Test
    void wrongIssuerIsRefused() {
        JWTClaimsSet claims = TestTokens.claims("p", List.of("resident"), Map.of())
                .issuer("https://elsewhere.invalid/realms/childcare").build();
        assertProblem(api.get("/api/me", TestTokens.sign(claims)), 401);
    }

    @Test
    void wrongAudienceIsRefused() {
        JWTClaimsSet claims = TestTokens.claims("p", List.of("resident"), Map.of()).audience("another-api").build();
        assertProblem(api.get("/api/me", TestTokens.sign(claims)), 401);
    }

    @Test
    void unsignedTokenIsRefused() {
        String none = new PlainJWT(TestTokens.claims("p", List.of("resident"), Map.of()).build()).serialize();
        assertProblem(api.get("/api/me", none), 401);
    }

    @Test
    void hmacSignedWithThePublicKeyIsRefused() throws Exception {
        byte[] secret = TestTokens.key().toPublicJWK().toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                .keyID(TestTokens.key().getKeyID()).build(),
                TestTokens.claims("p", List.of("resident"), Map.of()).build());
        jwt.sign(new MACSigner(secret));
        assertProblem(api.get("/api/me", jwt.serialize()), 401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID(TestTokens.key().getKeyID()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(other.getKeyID()).build(), TestTokens.claims("p", List.of("resident"), Map.of()).build());
        jwt.sign(new RSASSASigner(other));
        assertProblem(api.get("/api/me", jwt.serialize()), 401);
    }

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = TestTokens.resident("parent-t").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"resident\"", "\"health-commission\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(api.get("/api/me", forged), 401);
    }

    @Test
    void unknownPathsAreProblems() {
        assertProblem(api.get("/api/no-such-thing", TestTokens.resident()), 404);
        assertProblem(api.get("/no-such-page.html", null), 404);
        Api.Reply page = api.send(api.request("/foo", null).setHeader("Accept", "text/html,*/*;q=0.8").GET());
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html") && page.body().contains("没有这个页面"),
                "a browser gets the app's own page: " + page);
        assertProblem(api.send(api.request("/api/foo", null).setHeader("Accept", "text/html").GET()), 404);
    }

    @Test
    void wrongMethodIsAProblem() {
        assertProblem(api.delete("/api/me", TestTokens.resident()), 405);
    }

    @Test
    void aBodyInAnotherFormatIsAnUnsupportedMediaTypeProblem() {
        Api.Reply reply = api.send("POST", "/api/children", TestTokens.resident(), "text/plain",
                "name=x".getBytes(StandardCharsets.UTF_8), Map.of());
        assertProblem(reply, 415);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        assertProblem(api.post("/api/children", TestTokens.resident(), "{\"name\": \"unterminated"), 400,
                "malformed-json");
        assertProblem(api.post("/api/children", TestTokens.resident(), "[1, 2"), 400, "malformed-json");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"name\":\"" + "x".repeat(100_000) + "\"}";
        assertProblem(api.send(api.request("/api/children", TestTokens.resident())
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge))), 413);
    }

    @Test
    void problemsAreUtf8AndCarryTheLoggedInstanceId() {
        Api.Reply reply = api.get("/api/me", null);
        assertTrue(reply.contentType().toLowerCase().contains("charset=utf-8"), reply.contentType());
        assertTrue(reply.json().getString("instance").matches("urn:uuid:[0-9a-f-]{36}"));
    }

    @Test
    void clientConfigIsPublic() {
        JsonObject config = ok(api.get("/api/client-config", null));
        assertEquals("childcare", config.getString("realm"));
        assertEquals("childcare-web", config.getString("clientId"));
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("database"), ready::body);
        assertEquals(200, api.get("/health/live", null).status());
        assertEquals(200, api.get("/health/started", null).status(), "the Kubernetes startup probe's path");
        Api.Reply openapi = api.send(api.request("/openapi", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/me"), "OpenAPI lists /api/me");
        Api.Reply metrics = api.send(api.request("/metrics", null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status());
    }

    @Test
    void metricsShowWhatAnOperatorOfASurgeNeedsAndNoStrayPool() {
        String batch = VoucherFixtures.publishedBatch(api, "320614", 1, 1, false);
        String token = FamilyFixtures.consentingResident(api);
        String child = FamilyFixtures.registerChild(api, token, 20, "320614");
        VoucherFixtures.claim(api, token, child, batch);
        String other = FamilyFixtures.consentingResident(api);
        assertEquals(409, VoucherFixtures.tryClaim(api, other, FamilyFixtures.registerChild(api, other, 20, "320614"),
                batch).status(), "sold out");
        assertEquals(404, api.get("/api/no-such-thing", null).status());

        String application = metrics("/metrics?scope=application");
        assertTrue(application.matches("(?s).*tuoyu_voucher_claims_total\\{[^}]*outcome=\"done\"[^}]*} [1-9].*"),
                application);
        assertTrue(
                application
                        .matches("(?s).*tuoyu_voucher_claims_total\\{[^}]*outcome=\"(?!done)[a-z-]+\"[^}]*} [1-9].*"),
                "refused claims counted by their problem type");
        assertTrue(application.matches("(?s).*http_server_requests_seconds_count\\{[^}]*endpoint=\"POST /api/vouchers\""
                + "[^}]*status=\"201\"[^}]*} [1-9].*"), "latency per endpoint template and status");
        assertTrue(
                application.matches("(?s).*problems_total\\{[^}]*status=\"404\"[^}]*type=\"not-found\"[^}]*} [1-9].*"),
                "problems by type, the container's too");
        assertTrue(application.matches("(?s).*db_connections\\{[^}]*state=\"idle\"[^}]*} [0-9].*"), "pool use");
        assertTrue(!application.contains(child) && !application.contains(batch), "no ids in labels");
        assertTrue(!metrics("/metrics").contains("H2Pool"), "Payara's unused default H2 pool is gone");
    }

    private String metrics(String path) {
        Api.Reply metrics = api.send(api.request(path, null).setHeader("Accept", "text/plain").GET());
        assertEquals(200, metrics.status());
        return metrics.body();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
