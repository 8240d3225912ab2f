package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.tuoyu.stack.LocalStack;

/**
 * Issue 13, the health staff's side: every facility of the district with suspend / reinstate / revoke (a reason and
 * a confirmation), coverage that tells booked from done, and batch terms whose contradiction names the fields.
 * The demo facility 示例小海豚 is suspended and reinstated, so it ends in good standing for the other tests.
 */
@ExtendWith(FullStack.class)
class HealthStaffAT {

    private static final String DOLPHIN = "示例小海豚托育园（演示）";

    private final LocalStack stack = FullStack.stack();

    @Test
    void healthStaffSuspendAndReinstateFromTheDistrictListSeeCoverageAndNamedBatchFields() {
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.driver().findElement(By.linkText("本区机构")).click();
            String all = health.waitForText(By.id("district-facilities"), DOLPHIN).getText();
            assertTrue(all.contains("示例小星星托育中心（演示）"), "every standing, not only filed ones: " + all);
            assertFalse(all.contains("示例彩虹桥托育（演示）"), "another district's facility is not listed");
            PageChecks.assertGood(health);
            health.screenshot("health-district-facilities");

            // Suspend: a reason, then a confirmation that says what follows.
            WebElement card = health.waitFor(card(DOLPHIN));
            card.findElement(By.cssSelector("button[data-action=SUSPEND]")).click();
            card = health.waitFor(card(DOLPHIN));
            assertTrue(card.getText().contains("暂停后，" + DOLPHIN + " 立即不能核销体验券"), card.getText());
            card.findElement(By.cssSelector("button[data-confirm=SUSPEND]")).click();
            assertEquals("FILED", health.driver().findElement(card(DOLPHIN)).getDomAttribute("data-standing"),
                    "no reason, nothing done");
            card.findElement(By.name("reasons")).sendKeys("验收：消防检查发现安全出口堵塞，限期整改。");
            PageChecks.assertGood(health);
            health.scrollTo(card(DOLPHIN));
            health.screenshot("health-district-facility-suspend");
            card.findElement(By.cssSelector("button[data-confirm=SUSPEND]")).click();
            health.waitForText(By.id("standing-status"), DOLPHIN + "：现为已暂停。");
            card = health.waitFor(By.xpath("//li[contains(@class,'district-facility')][@data-standing='SUSPENDED']"
                    + "[contains(., '" + DOLPHIN + "')]"));

            // Only suspended ones, by the filter; revocation asks first and can be called off.
            new Select(health.driver().findElement(By.name("standing"))).selectByValue("SUSPENDED");
            health.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            health.waitForText(By.id("district-facilities"), DOLPHIN);
            assertFalse(health.driver().findElement(By.id("district-facilities")).getText()
                    .contains("示例小星星托育中心（演示）"));
            card = health.waitFor(card(DOLPHIN));
            card.findElement(By.cssSelector("button[data-action=REVOKE]")).click();
            card = health.waitFor(card(DOLPHIN));
            assertTrue(card.getText().contains("撤销备案不可恢复"), card.getText());
            card.findElement(By.xpath(".//button[.='取消']")).click();
            assertTrue(health.driver().findElements(By.cssSelector("form.standing-change")).isEmpty());

            // Reinstated, with a reason: in good standing again.
            card = health.waitFor(card(DOLPHIN));
            card.findElement(By.cssSelector("button[data-action=REINSTATE]")).click();
            card = health.waitFor(card(DOLPHIN));
            card.findElement(By.name("reasons")).sendKeys("验收：整改完成，复查合格。");
            card.findElement(By.cssSelector("button[data-confirm=REINSTATE]")).click();
            health.waitForText(By.id("standing-status"), DOLPHIN + "：现为已备案。");
            card = health.waitFor(card(DOLPHIN));
            card.findElement(By.linkText("审核与处理记录")).click();
            String history = health.waitForText(By.id("facility-history"), "整改完成，复查合格").getText();
            assertTrue(history.contains("暂停") && history.contains("安全出口堵塞") && history.contains("恢复"), history);
            assertTrue(history.contains("卫生评价：合格"), "the filing decision keeps the hygiene evaluation: " + history);
            PageChecks.assertGood(health);

            // Coverage says what is booked or scheduled apart from what is done.
            health.driver().findElement(By.linkText("数据看板")).click();
            String coverage = health.waitForText(By.id("coverage"), "已预约/已排期（未完成）").getText();
            assertTrue(coverage.contains("至少完成一次") && coverage.contains("只计已完成的服务")
                    && coverage.contains("已预约或排期未完成"), coverage);
            PageChecks.assertGood(health);
            health.scrollTo(By.id("coverage"));
            health.screenshot("health-dashboard-coverage");

            // Batch terms that contradict each other: the sentence names the fields, and they are marked.
            health.driver().findElement(By.linkText("体验券批次")).click();
            WebElement form = health.waitFor(By.id("batch-form"));
            form.findElement(By.name("name")).sendKeys("验收矛盾批次");
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
            setValue(health, form.findElement(By.name("claimOpensAt")), now.plusDays(10).toString());
            setValue(health, form.findElement(By.name("claimClosesAt")), now.plusDays(5).toString());
            setValue(health, form.findElement(By.name("validUntil")), now.plusDays(1).toString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            String said = health.waitForText(By.id("batch-form"), "批次设置前后矛盾，请检查：").getText();
            assertTrue(said.contains("停止领取") && said.contains("有效期"), said);
            assertEquals("true", form.findElement(By.name("claimClosesAt")).getDomAttribute("aria-invalid"));
            assertEquals("true", form.findElement(By.name("validUntil")).getDomAttribute("aria-invalid"));
            assertEquals(null, form.findElement(By.name("name")).getDomAttribute("aria-invalid"));
            PageChecks.assertGood(health);
            health.scrollTo(By.name("claimOpensAt"));
            health.screenshot("health-batch-terms-named");
        }
    }

    private static By card(String name) {
        return By.xpath("//li[contains(@class,'district-facility')][contains(., '" + name + "')]");
    }

    private static void setValue(Browser browser, WebElement input, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", input, value);
    }
}
