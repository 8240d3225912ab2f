package cn.tuoyu.acceptance;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Obtains a real access token the way the web client does: authorization code with PKCE through Keycloak's real
 * login page in the browser, then the code exchanged at the token endpoint.
 */
public final class KeycloakLogin {

    private KeycloakLogin() {
    }

    public static String accessToken(Browser browser, String keycloakUrl, String appUrl, String username,
            String password) throws IOException, InterruptedException {
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String redirect = appUrl + "/silent-check-sso.html";
        String auth = keycloakUrl + "/realms/childcare/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", "childcare-web", "response_type", "code", "scope", "openid",
                "redirect_uri", redirect, "code_challenge", challenge, "code_challenge_method", "S256",
                "state", randomUrlSafe(12)));
        browser.open(auth);
        browser.signInAtKeycloak(username, password);
        browser.waitForUrl(redirect);
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        String code = null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("code=")) {
                code = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        if (code == null) {
            throw new IllegalStateException("no authorization code came back");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/childcare/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "client_id", "childcare-web", "code", code, "redirect_uri", redirect,
                        "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token exchange failed: " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject tokens = reader.readObject();
            return tokens.getString("access_token");
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
