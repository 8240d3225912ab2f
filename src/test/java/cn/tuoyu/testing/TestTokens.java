package cn.tuoyu.testing;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Access tokens shaped like the realm's, signed by a key made for this test run (the app trusts its JWKS). */
public final class TestTokens {

    public static final String AUDIENCE = "childcare-api";
    private static final RSAKey KEY = generate();

    private TestTokens() {
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("it-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String publicJwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    public static RSAKey key() {
        return KEY;
    }

    /** A resident with a fresh, unique subject (so tests do not share families). */
    public static String resident() {
        return resident("parent-" + UUID.randomUUID());
    }

    public static String resident(String subject) {
        return sign(claims(subject, List.of("resident"), Map.of()).build());
    }

    /** The name ({@code name} claim) every facility staff token here carries. */
    public static final String STAFF_NAME = "示例老师";

    public static String facility(String facilityId) {
        return sign(claims("staff-" + UUID.randomUUID(), List.of("facility"), Map.of("facility_id", facilityId, "name",
                STAFF_NAME)).build());
    }

    public static String health(String district) {
        return sign(claims("health-" + UUID.randomUUID(), List.of("health-commission"), Map.of("district", district))
                .build());
    }

    /** The claims the realm puts in an access token, valid for five minutes from now. */
    public static JWTClaimsSet.Builder claims(String subject, List<String> groups, Map<String, String> attributes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(IntegrationEnvironment.ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("upn", subject)
                .claim("groups", groups);
        attributes.forEach(builder::claim);
        return builder;
    }

    public static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
