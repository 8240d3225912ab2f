package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.tuoyu.stack.LocalStack;

/**
 * A parent new to the platform (demo-parent2, no consent yet): separate consent, registering a child, refusals
 * explained in words, the child's entitlements with window and reason, in Chinese and English; withdrawing consent
 * only after a confirmation step that names the child (masked) and what would be cancelled.
 */
@ExtendWith(FullStack.class)
class ParentsAT {

    private final LocalStack stack = FullStack.stack();

    @Test
    void aParentConsentsRegistersAChildAndSeesWhatTheChildIsEntitledTo() {
        try (Browser browser = new Browser()) {
            browser.signIn(stack.appUrl(), "demo-parent2");
            browser.driver().findElement(By.linkText("我的孩子")).click();
            browser.waitForText(By.id("children"), "还没有登记孩子。");
            browser.waitForText(By.id("consent"), "儿童个人信息处理告知");
            assertTrue(browser.driver().findElements(By.id("register-child")).isEmpty(),
                    "no registration before consent");
            PageChecks.assertGood(browser);
            browser.screenshot("parent-consent");

            // Consent is an explicit act: the box must be ticked.
            browser.driver().findElement(By.id("give-consent")).click();
            browser.waitForText(By.id("consent"), "请先勾选同意。");
            browser.driver().findElement(By.cssSelector("label[for=consent-box]")).click();
            browser.driver().findElement(By.id("give-consent")).click();
            browser.waitForText(By.id("consent"), "您已于");
            WebElement form = browser.waitFor(By.id("register-child"));

            // A birth date in the future is refused, in words.
            fill(browser, "演示新宝宝", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3), certificate());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.id("register-child"), "出生日期不能晚于今天。");
            PageChecks.assertGood(browser);
            browser.screenshot("parent-register-refused");

            // A wrong document number too.
            fill(browser, "演示新宝宝", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(20), "123");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.id("register-child"), "证件号码不正确");

            fill(browser, "演示新宝宝", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(20).minusDays(2),
                    certificate());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.id("view"), "已登记 演示新宝宝。");
            String card = browser.waitForText(By.cssSelector("li.child"), "演示新宝宝").getText();
            assertTrue(card.contains("20 个月"), card);
            assertTrue(card.contains("出生医学证明") && card.contains("*"), "the number only masked: " + card);
            browser.screenshot("parent-children");

            browser.driver().findElement(By.linkText("查看权益")).click();
            String entitlement = browser.waitForText(By.id("entitlements"), "免费体验式计时托").getText();
            assertTrue(entitlement.contains("剩余 4 / 4 次"), entitlement);
            assertTrue(entitlement.contains("周期：") && entitlement.contains("依据：海门区 第 1 版规则"), entitlement);
            assertFalse(entitlement.contains("科学育儿指导"), "a 20-month-old has no 0–12-month guidance");
            browser.waitForText(By.id("ledger"), "还没有使用记录。");
            PageChecks.assertGood(browser);
            browser.screenshot("parent-entitlements");

            browser.driver().findElement(By.id("lang")).click();
            String english = browser.waitForText(By.id("entitlements"), "Free hourly care").getText();
            assertTrue(english.contains("4 of 4 left") && english.contains("Why: rule version 1 of 海门区"), english);
            assertEquals("Sign out", browser.driver().findElement(By.id("logout")).getText());
            browser.screenshot("parent-entitlements-en");

            // Withdrawing consent erases the child: the page first says which child and what goes, and asks again.
            browser.driver().findElement(By.id("lang")).click();
            browser.waitForText(By.id("entitlements"), "免费体验式计时托");
            browser.driver().findElement(By.linkText("我的孩子")).click();
            browser.waitFor(By.id("withdraw-consent")).click();
            String confirm = browser.waitForText(By.id("withdraw-confirm"), "以下 1 个孩子的信息将立即删除").getText();
            assertTrue(confirm.contains("演***宝：取消 0 个课堂预约、0 个候补、0 次入户指导，作废 0 张未使用的体验券"),
                    confirm);
            assertFalse(confirm.contains("演示新宝宝"), "the confirmation shows the name masked: " + confirm);
            PageChecks.assertGood(browser);
            browser.screenshot("parent-withdraw-confirm");
            browser.driver().findElement(By.id("keep-consent")).click();
            assertTrue(browser.driver().findElements(By.id("withdraw-confirm")).isEmpty(), "keeping closes the step");
            browser.waitForText(By.id("consent"), "您已于");
            browser.waitForText(By.id("children"), "演示新宝宝");

            browser.driver().findElement(By.id("withdraw-consent")).click();
            browser.waitFor(By.id("confirm-withdraw")).click();
            browser.waitFor(By.id("give-consent"));
            browser.waitForText(By.id("children"), "还没有登记孩子。");
            browser.screenshot("parent-withdrawn");
        }
    }

    private static void fill(Browser browser, String name, LocalDate birthDate, String certificate) {
        var form = browser.driver().findElement(By.id("register-child"));
        var nameInput = form.findElement(By.name("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        // A date input's typing order depends on the locale: set the value as the picker would.
        browser.driver().executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("birthDate")),
                birthDate.toString());
        new Select(form.findElement(By.name("documentKind"))).selectByValue("BIRTH_CERTIFICATE");
        var number = form.findElement(By.name("documentNumber"));
        number.clear();
        number.sendKeys(certificate);
        new Select(form.findElement(By.name("districtCode"))).selectByValue("320614");
    }

    private static String certificate() {
        return "Q" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
