package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.MailServer;

/**
 * A parent who registered with an e-mail address and forgot the password sets a new one on Keycloak's pages, through
 * a link that Keycloak sends to the stack's own mail server (the realm's {@code smtpServer}, filled from the
 * environment at import), and signs in with it. The pages and the mail are in Chinese.
 */
@ExtendWith(FullStack.class)
class PasswordResetAT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/login-actions/action-token\\?key=[^\\s\"<]+)");

    private final LocalStack stack = FullStack.stack();

    @Test
    void aParentWhoForgotThePasswordSetsANewOneThroughTheMailedLinkAndSignsInWithIt() throws Exception {
        String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "reset-" + mobile + "@example.com";
        String first = "Tuoyu-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        String second = "Zhongxin-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        try (Browser parent = new Browser()) {
            parent.go(stack.appUrl() + "/");
            parent.waitFor(By.id("login")).click();
            parent.waitFor(By.cssSelector("#kc-registration a")).click();
            StrangerSignUpAT.register(parent, mobile, first, email);
            parent.waitForUrl(stack.appUrl());
            assertEquals(mobile, parent.waitFor(By.id("me-username")).getText());
            parent.driver().findElement(By.id("logout")).click();
            parent.waitFor(By.id("login"));
        }

        try (Browser parent = new Browser()) {
            parent.go(stack.appUrl() + "/");
            parent.waitFor(By.id("login")).click();
            parent.waitFor(By.linkText("忘记密码？")).click();
            parent.waitForText(By.tagName("body"), "忘记密码");
            String page = parent.driver().findElement(By.tagName("body")).getText();
            assertTrue(page.contains("设置新密码的链接发到您账号的电子邮箱"), page);
            assertFalse(page.contains("${") || page.matches("(?s).*[A-Za-z]+Message.*"), page);
            PageChecks.assertGood(parent);
            parent.screenshot("reset-ask");
            parent.waitFor(By.id("username")).sendKeys(mobile);
            parent.driver().findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click();
            parent.waitForText(By.tagName("body"), "设置新密码的链接已经发出");

            MailServer.Mail mail = stack.mail().await(email, m -> m.subject().equals("重置托育家庭服务的登录密码"),
                    Duration.ofSeconds(60));
            assertTrue(mail.text().contains("有人（希望是您本人）申请重置托育家庭服务账号的密码"), mail.text());
            Matcher link = LINK.matcher(mail.text());
            assertTrue(link.find(), mail.text());
            assertTrue(link.group(1).startsWith(stack.keycloakUrl()), link.group(1));

            parent.open(link.group(1).replace("&amp;", "&"));
            parent.waitForText(By.tagName("body"), "设置新密码");
            PageChecks.assertGood(parent);
            parent.screenshot("reset-new-password");
            parent.waitFor(By.id("password-new")).sendKeys(second);
            parent.driver().findElement(By.id("password-confirm")).sendKeys(second);
            parent.driver().findElement(By.id("kc-submit")).click();
            parent.waitForUrl(stack.appUrl());
            assertEquals(mobile, parent.waitFor(By.id("me-username")).getText());
            parent.driver().findElement(By.id("logout")).click();
            parent.waitFor(By.id("login"));
        }

        try (Browser parent = new Browser()) {
            parent.go(stack.appUrl() + "/");
            parent.waitFor(By.id("login")).click();
            parent.signInAtKeycloak(mobile, first);
            parent.waitForText(By.tagName("body"), "无效的用户名或密码");
            parent.driver().findElement(By.id("username")).clear();
            parent.signInAtKeycloak(mobile, second);
            parent.waitForUrl(stack.appUrl());
            assertEquals(mobile, parent.waitFor(By.id("me-username")).getText());
        }
    }
}
