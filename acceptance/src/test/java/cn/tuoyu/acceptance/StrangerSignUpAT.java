package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.stack.LocalStack;

/**
 * A resident nobody created: registers on Keycloak's own registration page with a mobile number, is a parent at
 * once, and uses the app (consent, children, a parent class, a voucher). Also the imported realm as the admin API
 * reports it, because Keycloak's import silently skips parts of a realm file.
 */
@ExtendWith(FullStack.class)
class StrangerSignUpAT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CLASS_TOPIC = "婴儿辅食添加入门（演示）";

    private final LocalStack stack = FullStack.stack();

    @Test
    void aStrangerRegistersWithAMobileNumberAndBooksAClassAndClaimsAVoucher() throws Exception {
        String batch = "注册验收券" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.go(stack.appUrl() + "/#/batches");
            health.waitFor(By.id("batch-form")).findElement(By.name("name")).sendKeys(batch);
            health.driver().findElement(By.cssSelector("#batch-form button[type=submit]")).click();
            health.waitForText(By.tagName("main"), "已创建批次「" + batch + "」。");
            health.waitFor(By.cssSelector("li.batch[data-name='" + batch + "'] button[data-to=PUBLISHED]")).click();
            health.waitFor(By.cssSelector("li.batch[data-name='" + batch + "'][data-status=PUBLISHED]"));
        }

        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String password = "Tuoyu-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        try (Browser parent = new Browser()) {
            parent.go(stack.appUrl() + "/");
            parent.waitFor(By.id("login")).click();
            parent.waitFor(By.cssSelector("#kc-registration a")).click();

            // The page in Chinese: mobile number, family name before given name, no raw message keys.
            assertEquals("手机号", label(parent, "username"));
            assertEquals("姓", label(parent, "lastName"));
            assertEquals("名", label(parent, "firstName"));
            assertEquals("电子邮箱（选填）", label(parent, "email"));
            assertTrue(before(parent, "lastName", "firstName"), "family name comes first");
            String page = parent.driver().findElement(By.tagName("body")).getText();
            assertFalse(page.contains("firstName") || page.contains("lastName") || page.contains("${"), page);
            assertTrue(page.contains("注册家长账号") && page.contains("11 位手机号"), page);
            PageChecks.assertGood(parent);
            parent.screenshot("sign-up");

            // Weak passwords are refused in words, and a number that is not a mainland mobile number too.
            register(parent, mobile, "12345678");
            parent.waitForText(By.id("input-error-password"), "这个密码太常见，很容易被猜到，请换一个。");
            register(parent, mobile, "1");
            parent.waitForText(By.id("input-error-password"), "密码至少需要 8 个字符。");
            register(parent, mobile, mobile);
            parent.waitForText(By.id("input-error-password"), "密码不能与手机号或用户名相同。");
            register(parent, "1391234", password);
            parent.waitForText(By.id("input-error-username"), "请输入以 1 开头的 11 位中国大陆手机号。");
            PageChecks.assertGood(parent);
            parent.screenshot("sign-up-refused");

            register(parent, mobile, password);
            parent.waitForUrl(stack.appUrl());
            assertEquals(mobile, parent.waitFor(By.id("me-username")).getText());
            assertEquals("家长", parent.driver().findElement(By.id("me-roles")).getText());
            JsonObject token = accessToken(parent);
            assertTrue(token.getJsonArray("groups").getValuesAs(JsonString.class).stream()
                    .anyMatch(g -> g.getString().equals("resident")), token::toString);
            assertEquals(mobile, token.getString("phone_number"));
            parent.screenshot("sign-up-signed-in");

            // As that person: consent, an infant and a toddler (fictional, resident ID numbers with check character).
            parent.driver().findElement(By.linkText("我的孩子")).click();
            parent.waitForText(By.id("consent"), "儿童个人信息处理告知");
            parent.driver().findElement(By.cssSelector("label[for=consent-box]")).click();
            parent.driver().findElement(By.id("give-consent")).click();
            parent.waitForText(By.id("consent"), "您已于");
            String infant = registerChild(parent, "注册验收宝宝甲", LocalDate.now(CHINA).minusMonths(5).minusDays(3));
            String toddler = registerChild(parent, "注册验收宝宝乙", LocalDate.now(CHINA).minusMonths(20).minusDays(3));

            // A parent class published by the district, for the infant (0–12 months: guidance sessions).
            parent.driver().findElement(By.linkText("家长课堂")).click();
            Select child = new Select(parent.waitFor(By.name("childId")));
            child.getOptions().stream().filter(o -> o.getText().startsWith(infant)).findFirst().orElseThrow().click();
            parent.waitFor(By.xpath("//li[contains(@class,'class')][h3='" + CLASS_TOPIC + "']//button[.='预约']"))
                    .click();
            parent.waitForText(By.tagName("main"), "已为 " + infant + " 预约「" + CLASS_TOPIC + "」。");
            parent.driver().findElement(By.linkText("我的预约")).click();
            WebElement booking = parent.waitFor(By.xpath("//li[contains(@class,'booking')][h3='" + CLASS_TOPIC + "']"));
            assertTrue(booking.getText().contains("已预约") && booking.getText().contains(infant), booking.getText());

            // A voucher of the batch for the toddler (13–36 months: hourly care).
            parent.go(stack.appUrl() + "/#/family");
            parent.waitFor(By.xpath("//li[contains(@class,'child')][h3='" + toddler + "']"))
                    .findElement(By.linkText("查看权益")).click();
            parent.waitFor(By.xpath("//li[contains(@class,'batch')][h3='" + batch + "']"))
                    .findElement(By.tagName("button")).click();
            parent.waitForUrl(stack.appUrl() + "/#/voucher/");
            assertTrue(parent.waitFor(By.id("manual-code")).getText().matches("[0-9 -]{13,}"));
            parent.waitForText(By.tagName("main"), batch);
            parent.screenshot("sign-up-voucher");
        }
    }

    @Test
    void theRegistrationPageSpeaksEnglishWhenTheAppDoes() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/");
            browser.waitFor(By.id("lang")).click();
            browser.waitForText(By.id("login"), "Sign in").click();
            browser.waitFor(By.cssSelector("#kc-registration a")).click();
            assertEquals("Mobile number", label(browser, "username"));
            assertEquals("Family name", label(browser, "lastName"));
            assertEquals("Given name", label(browser, "firstName"));
            assertEquals("Email (optional)", label(browser, "email"));
            assertTrue(before(browser, "lastName", "firstName"), "family name comes first");
            register(browser, "13900000000", "password");
            browser.waitForText(By.id("input-error-password"),
                    "This password is too common and easy to guess. Please choose another one.");
            browser.screenshot("sign-up-en");
        }
    }

    @Test
    void theImportedRealmGivesResidentAtRegistrationAndHasItsPolicyAndTheme() throws Exception {
        String admin = adminToken();
        JsonArray composites = adminGet(admin, "/roles/default-roles-childcare/composites").asJsonArray();
        assertTrue(
                composites.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("name").equals("resident")),
                composites::toString);
        JsonObject realm = adminGet(admin, "").asJsonObject();
        assertTrue(realm.getBoolean("registrationAllowed"));
        assertEquals("tuoyu", realm.getString("loginTheme"));
        assertEquals("tuoyu", realm.getString("accountTheme"));
        assertEquals("zh-CN", realm.getString("defaultLocale"));
        String policy = realm.getString("passwordPolicy");
        for (String rule : List.of("length(8)", "maxLength(64)", "notUsername", "notEmail",
                "passwordBlacklist(common-passwords.txt)")) {
            assertTrue(policy.contains(rule), policy);
        }
        assertTrue(realm.getBoolean("bruteForceProtected"));
        // Keycloak's own mails go to the stack's mail server: the import filled the placeholders from the environment
        assertTrue(realm.getBoolean("resetPasswordAllowed"));
        assertEquals("tuoyu", realm.getString("emailTheme"));
        JsonObject smtp = realm.getJsonObject("smtpServer");
        assertEquals("127.0.0.1", smtp.getString("host"), smtp::toString);
        assertEquals(String.valueOf(stack.mail().smtpPort()), smtp.getString("port"), smtp::toString);
        assertEquals(LocalStack.MAIL_FROM, smtp.getString("from"), smtp::toString);

        JsonObject profile = adminGet(admin, "/users/profile").asJsonObject();
        List<String> order = profile.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
        assertEquals(List.of("username", "lastName", "firstName", "email"), order);
        JsonObject username = profile.getJsonArray("attributes").getJsonObject(0);
        assertEquals("^1[3-9][0-9]{9}$",
                username.getJsonObject("validations").getJsonObject("pattern").getString("pattern"));
        assertFalse(profile.getJsonArray("attributes").getJsonObject(3).containsKey("required"), "e-mail optional");

        // The account console's labels for the profile, from the account theme.
        for (String[] expected : List.of(new String[] {"zh-CN", "手机号", "姓"},
                new String[] {"en", "Mobile number", "Family name"})) {
            String messages = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.keycloakUrl()
                    + "/resources/childcare/account/" + expected[0])).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertTrue(messages.contains(expected[1]) && messages.contains(expected[2]), messages);
        }
    }

    private static String label(Browser browser, String field) {
        return browser.waitFor(By.cssSelector("label[for=" + field + "]")).getText().replace("*", "").strip();
    }

    private static boolean before(Browser browser, String first, String second) {
        return (Boolean) browser.driver().executeScript("return !!(document.getElementById(arguments[0])"
                + ".compareDocumentPosition(document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING)",
                first, second);
    }

    /** Fills in and submits Keycloak's real registration form. */
    private static void register(Browser browser, String mobile, String password) {
        register(browser, mobile, password, null);
    }

    /** As above, with an e-mail address when {@code email} is not null. */
    static void register(Browser browser, String mobile, String password, String email) {
        if (email != null) {
            type(browser, "email", email);
        }
        type(browser, "username", mobile);
        type(browser, "password", password);
        type(browser, "password-confirm", password);
        type(browser, "lastName", "测试");
        type(browser, "firstName", "新家长");
        browser.driver().findElement(By.cssSelector("#kc-register-form input[type=submit]")).click();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    static String registerChild(Browser parent, String name, LocalDate birthDate) {
        WebElement form = parent.waitFor(By.id("register-child"));
        form.findElement(By.name("name")).sendKeys(name);
        parent.driver().executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("birthDate")),
                birthDate.toString());
        new Select(form.findElement(By.name("documentKind"))).selectByValue("RESIDENT_ID");
        form.findElement(By.name("documentNumber")).sendKeys(FamilyFixtures.residentId(birthDate));
        new Select(form.findElement(By.name("districtCode"))).selectByValue("320614");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        parent.waitForText(By.id("view"), "已登记 " + name + "。");
        return name;
    }

    /** The claims of the access token the signed-in page holds. */
    private static JsonObject accessToken(Browser browser) {
        Object token = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/auth.js').then((m) => m.token()).then(done).catch((e) => done('ERROR ' + e.message));
                """);
        String jwt = String.valueOf(token);
        assertFalse(jwt.startsWith("ERROR") || "null".equals(jwt), jwt);
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode(
                System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private JsonValue adminGet(String token, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.keycloakUrl() + "/admin/realms/childcare" + path))
                .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }
}
