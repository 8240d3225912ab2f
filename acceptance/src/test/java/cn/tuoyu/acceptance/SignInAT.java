package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import cn.tuoyu.stack.LocalStack;

/** Real people signing in: Keycloak's login page in Chromium, then the app and its API as each role. */
@ExtendWith(FullStack.class)
class SignInAT {

    private final LocalStack stack = FullStack.stack();

    @Test
    void aParentSignsInThroughKeycloakAndTheAppGreetsThem() {
        try (Browser browser = new Browser()) {
            browser.open(stack.appUrl() + "/");
            browser.waitFor(By.id("login")).click();
            browser.signInAtKeycloak("demo-parent", "demo-parent");
            browser.waitForUrl(stack.appUrl());
            assertEquals("demo-parent", browser.waitFor(By.id("me-username")).getText());
            assertEquals("家长", browser.driver().findElement(By.id("me-roles")).getText());
            browser.screenshot("signed-in-parent");
        }
    }

    @Test
    void aWrongPasswordIsRefusedByKeycloak() {
        try (Browser browser = new Browser()) {
            browser.open(stack.appUrl() + "/");
            browser.waitFor(By.id("login")).click();
            browser.signInAtKeycloak("demo-parent", "not-the-password");
            // Keycloak 26's login error has no stable id: wait for its text (Chinese by default, English too).
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> d.getPageSource().contains("无效的用户名或密码")
                            || d.getPageSource().contains("Invalid username or password"));
            assertTrue(browser.driver().getCurrentUrl().startsWith(stack.keycloakUrl()), "still at Keycloak");
            browser.screenshot("sign-in-refused");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "demo-parent,   resident,          /api/me/facility, 403",
            "demo-facility, facility,          /api/me/facility, 200",
            "demo-health,   health-commission, /api/me/district, 200",
            "demo-parent,   resident,          /api/me/district, 403"
    })
    void aTokenFromTheLoginPageCarriesTheRoleAndScope(String user, String role, String scoped, int status)
            throws Exception {
        String token;
        try (Browser browser = new Browser()) {
            token = KeycloakLogin.accessToken(browser, stack.keycloakUrl(), stack.appUrl(), user, user);
        }
        HttpResponse<String> me = get("/api/me", token);
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"" + role + "\""), me::body);
        HttpResponse<String> scope = get(scoped, token);
        assertEquals(status, scope.statusCode(), scope::body);
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
        HttpResponse<String> me = get("/api/me", null);
        assertEquals(401, me.statusCode());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
