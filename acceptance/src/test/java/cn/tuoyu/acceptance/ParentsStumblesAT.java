package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.families.FamilyFixtures;
import cn.tuoyu.stack.LocalStack;

/**
 * Where a real parent got stuck on a phone (issue 13), walked through as demo-parent2: the sex checked against the ID
 * number at registration; classes, the home-visit form and voucher batches saying per child, before any tap, whether
 * it may book and why not; the chosen child kept after a booking; the district named in the entitlement's rule; the
 * voucher screen naming its child (masked); correcting a child; inviting a second guardian (demo-parent accepts);
 * removing a child after a confirmation that names what is erased. Ends by withdrawing consent, leaving
 * demo-parent2 as it found it.
 */
@ExtendWith(FullStack.class)
class ParentsStumblesAT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String INFANT_CLASS = "婴儿辅食添加入门（演示）";
    private static final String WIDE_CLASS = "亲子游戏与早期语言发展（演示）";

    private final LocalStack stack = FullStack.stack();

    @Test
    void aParentSeesBeforeTappingWhatEachChildMayDoAndManagesTheChildren() {
        String batch = "验收领取上限" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.go(stack.appUrl() + "/#/batches");
            WebElement form = health.waitFor(By.id("batch-form"));
            form.findElement(By.name("name")).sendKeys(batch);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            health.waitForText(By.tagName("main"), "已创建批次「" + batch + "」。");
            health.waitFor(By.cssSelector("li.batch[data-name='" + batch + "'] button[data-to=PUBLISHED]")).click();
            health.waitFor(By.cssSelector("li.batch[data-name='" + batch + "'][data-status=PUBLISHED]"));
        }
        try (Browser parent = new Browser(); Browser other = new Browser()) {
            parent.signIn(stack.appUrl(), "demo-parent2");
            parent.driver().findElement(By.linkText("我的孩子")).click();
            parent.waitFor(By.id("consent"));
            if (!parent.driver().findElements(By.id("give-consent")).isEmpty()) {
                parent.driver().findElement(By.cssSelector("label[for=consent-box]")).click();
                parent.driver().findElement(By.id("give-consent")).click();
            }
            parent.waitFor(By.id("register-child"));

            // 5. A boy's ID number with 女 is refused in words, before anything is stored.
            LocalDate toddlerBirth = LocalDate.now(CHINA).minusMonths(20).minusDays(2);
            String boy = FamilyFixtures.residentId(toddlerBirth, true);
            fill(parent, "验收男孩", toddlerBirth, "RESIDENT_ID", boy, "FEMALE");
            parent.driver().findElement(By.cssSelector("#register-child button[type=submit]")).click();
            parent.waitForText(By.id("register-child"), "性别与身份证号码不一致");
            PageChecks.assertGood(parent);
            parent.scrollTo(By.id("register-child"));
            parent.screenshot("stumble-sex-mismatch");
            new Select(parent.driver().findElement(By.cssSelector("#register-child select[name=sex]")))
                    .selectByValue("MALE");
            parent.driver().findElement(By.cssSelector("#register-child button[type=submit]")).click();
            parent.waitForText(By.id("view"), "已登记 验收男孩。");
            fill(parent, "验收婴儿", LocalDate.now(CHINA).minusMonths(5).minusDays(2), "BIRTH_CERTIFICATE",
                    "Q" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)), "FEMALE");
            parent.driver().findElement(By.cssSelector("#register-child button[type=submit]")).click();
            parent.waitForText(By.id("view"), "已登记 验收婴儿。");

            // 1. Classes: the 20-month-old is told why not before any tap; the infant may book.
            parent.go(stack.appUrl() + "/#/classes");
            choose(parent, "验收男孩");
            WebElement wide = parent.waitForText(By.xpath(classCard(WIDE_CLASS)), "不能预约：孩子目前没有这项权益。");
            assertTrue(wide.findElements(By.tagName("button")).isEmpty(), "no 预约 for a child who may not book");
            PageChecks.assertGood(parent);
            parent.scrollTo(By.xpath(classCard(WIDE_CLASS)));
            parent.screenshot("stumble-class-refused");
            choose(parent, "验收婴儿");
            parent.waitFor(By.xpath(classCard(INFANT_CLASS) + "//button[.='预约']")).click();
            parent.waitForText(By.tagName("main"), "已为 验收婴儿 预约「" + INFANT_CLASS + "」。");
            // 6. The list reloaded after the booking: the same child is still chosen, and told it is booked.
            assertTrue(selected(parent).startsWith("验收婴儿"), selected(parent));
            parent.waitForText(By.xpath(classCard(INFANT_CLASS)), "不能预约：这个孩子已经预约了这个课堂。");
            parent.driver().navigate().refresh();
            new WebDriverWait(parent.driver(), Duration.ofSeconds(30)).until(d -> selected(parent).startsWith("验收婴儿"));
            parent.scrollTo(By.xpath(classCard(INFANT_CLASS)));
            parent.screenshot("stumble-class-kept-child");

            // 1. Home visits: only the infant is offered; the toddler's reason is given.
            parent.go(stack.appUrl() + "/#/visits");
            String refusals = parent.waitForText(By.id("visit-refusals"), "验收男孩 现在不能申请：孩子目前没有这项权益。")
                    .getText();
            assertFalse(refusals.contains("验收婴儿"), refusals);
            Select visitChild = new Select(parent.waitFor(By.cssSelector("#visit-form select[name=childId]")));
            assertEquals(1, visitChild.getOptions().size());
            assertTrue(visitChild.getOptions().get(0).getText().startsWith("验收婴儿"));
            PageChecks.assertGood(parent);
            parent.scrollTo(By.id("visit-form"));
            parent.screenshot("stumble-visit-form");

            // 2. The rule names the district; 1. a batch claimed to the limit says so instead of offering the button.
            openChild(parent, "验收男孩");
            parent.waitForText(By.id("entitlements"), "依据：海门区 第 1 版规则");
            parent.waitFor(By.xpath(batchCard(batch) + "//button")).click();
            parent.waitForUrl(stack.appUrl() + "/#/voucher/");
            // 2. The voucher's screen says whose it is, masked as the counter may see it.
            String forWhom = parent.waitFor(By.id("voucher-child")).getText();
            assertEquals("使用人：验**孩", forWhom);
            parent.waitFor(By.id("manual-code"));
            parent.screenshot("stumble-voucher-child");
            openChild(parent, "验收男孩");
            WebElement claimed = parent.waitForText(By.xpath(batchCard(batch)), "不能领取：这个孩子领取本批次的数量已达上限。");
            assertTrue(claimed.findElements(By.tagName("button")).isEmpty(), "no claim button at the limit");
            parent.scrollTo(By.xpath(batchCard(batch)));
            parent.screenshot("stumble-batch-limit");
            parent.scrollTo(By.id("entitlements"));
            parent.screenshot("stumble-entitlement-district");

            // 4. Correcting: a sex the ID contradicts is refused; a new name is saved.
            WebElement correct = parent.waitFor(By.id("correct-child"));
            WebElement name = correct.findElement(By.name("name"));
            name.clear();
            name.sendKeys("验收男童");
            new Select(correct.findElement(By.name("sex"))).selectByValue("FEMALE");
            correct.findElement(By.cssSelector("button[type=submit]")).click();
            parent.waitForText(By.id("correct-child"), "性别与身份证号码不一致");
            new Select(parent.driver().findElement(By.cssSelector("#correct-child select[name=sex]")))
                    .selectByValue("MALE");
            parent.driver().findElement(By.cssSelector("#correct-child button[type=submit]")).click();
            parent.waitForText(By.tagName("main"), "已保存 验收男童 的信息。");
            parent.waitForText(By.cssSelector("#view > h2"), "验收男童 的权益");
            PageChecks.assertGood(parent);
            parent.scrollTo(By.id("correct-child"));
            parent.screenshot("stumble-correct-child");

            // 3. An invitation code for the other guardian, accepted by demo-parent on their own phone.
            parent.waitFor(By.id("create-invitation")).click();
            String code = parent.waitFor(By.id("invitation-code")).getDomProperty("value");
            assertTrue(code.matches("[0-9a-f-]{36}"), code);
            parent.scrollTo(By.id("invite"));
            parent.screenshot("stumble-invitation");
            other.signIn(stack.appUrl(), "demo-parent");
            other.driver().findElement(By.linkText("我的孩子")).click();
            WebElement accept = other.waitFor(By.id("accept-invitation"));
            accept.findElement(By.name("invitationCode")).sendKeys("不是邀请码");
            accept.findElement(By.cssSelector("button[type=submit]")).click();
            other.waitForText(By.id("accept-invitation"), "邀请码格式不对");
            WebElement codeInput = other.driver().findElement(By.name("invitationCode"));
            codeInput.clear();
            codeInput.sendKeys(code);
            other.driver().findElement(By.cssSelector("#accept-invitation button[type=submit]")).click();
            other.waitForText(By.tagName("main"), "您已成为 验收男童 的监护人。");
            other.waitForText(By.id("children"), "验收男童");
            PageChecks.assertGood(other);
            other.screenshot("stumble-invitation-accepted");

            // 4. Removing: the confirmation names the child (masked) and what goes; keeping closes it.
            parent.go(stack.appUrl() + "/#/family");
            openChild(parent, "验收男童");
            parent.waitFor(By.id("remove-child")).click();
            String confirm = parent.waitForText(By.id("remove-confirm"), "删除后，验**童 的信息将立即删除").getText();
            assertTrue(confirm.contains("取消 0 个课堂预约、0 个候补、0 次入户指导，作废 1 张未使用的体验券"), confirm);
            assertFalse(confirm.contains("验收男童"), "the confirmation shows the name masked: " + confirm);
            PageChecks.assertGood(parent);
            parent.scrollTo(By.id("remove-confirm"));
            parent.screenshot("stumble-remove-confirm");
            parent.driver().findElement(By.id("keep-child")).click();
            assertTrue(parent.driver().findElements(By.id("remove-confirm")).isEmpty(), "keeping closes the step");
            parent.driver().findElement(By.id("remove-child")).click();
            parent.waitFor(By.id("confirm-remove")).click();
            parent.waitForText(By.tagName("main"), "已删除孩子的信息。");
            String left = parent.waitForText(By.id("children"), "验收婴儿").getText();
            assertFalse(left.contains("验收男童"), left);
            parent.screenshot("stumble-removed");
            // erased for every guardian: demo-parent's list, loaded afresh, no longer has the child
            other.driver().navigate().refresh();
            new WebDriverWait(other.driver(), Duration.ofSeconds(30))
                    .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            other.waitForText(By.id("children"), "演示宝宝甲");
            assertFalse(other.driver().findElement(By.id("children")).getText().contains("验收男童"));

            // Leave demo-parent2 as found: withdrawing consent erases the infant and cancels its booking.
            parent.waitFor(By.id("withdraw-consent")).click();
            parent.waitFor(By.id("confirm-withdraw")).click();
            parent.waitFor(By.id("give-consent"));
        }
    }

    private static void fill(Browser browser, String name, LocalDate birthDate, String kind, String number,
            String sex) {
        WebElement form = browser.waitFor(By.id("register-child"));
        WebElement nameInput = form.findElement(By.name("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        new Select(form.findElement(By.name("sex"))).selectByValue(sex);
        browser.driver().executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("birthDate")),
                birthDate.toString());
        new Select(form.findElement(By.name("documentKind"))).selectByValue(kind);
        WebElement numberInput = form.findElement(By.name("documentNumber"));
        numberInput.clear();
        numberInput.sendKeys(number);
        new Select(form.findElement(By.name("districtCode"))).selectByValue("320614");
    }

    private static void choose(Browser parent, String child) {
        new Select(parent.waitFor(By.name("childId"))).getOptions().stream()
                .filter(o -> o.getText().startsWith(child)).findFirst().orElseThrow().click();
    }

    private static String selected(Browser parent) {
        return new Select(parent.waitFor(By.name("childId"))).getFirstSelectedOption().getText();
    }

    private void openChild(Browser parent, String name) {
        parent.go(stack.appUrl() + "/#/family");
        parent.waitFor(By.xpath("//li[contains(@class,'child')][h3='" + name + "']")).findElement(By.linkText("查看权益"))
                .click();
        parent.waitFor(By.id("claimable"));
    }

    private static String classCard(String topic) {
        return "//li[contains(@class,'class')][h3='" + topic + "']";
    }

    private static String batchCard(String name) {
        return "//section[@id='claimable']//li[contains(@class,'batch')][h3='" + name + "']";
    }
}
