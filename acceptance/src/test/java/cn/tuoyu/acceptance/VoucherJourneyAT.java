package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.stack.LocalStack;

/**
 * Vouchers as the people meet them: health staff run batches and watch the dashboard; a parent who asked to be told
 * of new batches finds a published one's opening under the bell; a parent claims vouchers and shows one at the
 * counter; facility staff read it with the phone camera (Chromium's fake camera playing a video of the real QR code),
 * from a photo and by the manual code, see the masked child, void, and download the settlement.
 */
@ExtendWith(FullStack.class)
class VoucherJourneyAT {

    private final LocalStack stack = FullStack.stack();
    private final Path files = Path.of(System.getProperty("build.directory", "target"), "acceptance-files");

    @Test
    void healthStaffRunABatchFromDraftToClosedAndWatchTheDashboard() {
        String name = "验收批次" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.driver().findElement(By.linkText("体验券批次")).click();
            WebElement form = health.waitFor(By.id("batch-form"));
            PageChecks.assertGood(health);

            // Terms that contradict each other are explained, not dumped.
            form.findElement(By.name("name")).sendKeys(name);
            health.driver().executeScript("arguments[0].value = arguments[1]",
                    form.findElement(By.name("claimClosesAt")), "2020-01-01T00:00");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            health.waitForText(By.id("batch-form"), "批次设置前后矛盾");

            health.driver().navigate().refresh();
            form = health.waitFor(By.id("batch-form"));
            form.findElement(By.name("name")).sendKeys(name);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            health.waitForText(By.tagName("main"), "已创建批次「" + name + "」。");
            assertEquals("草稿", status(health, name));
            action(health, name, "PUBLISHED");
            health.waitFor(By.cssSelector(batch(name) + "[data-status=PUBLISHED]"));
            action(health, name, "PAUSED");
            health.waitFor(By.cssSelector(batch(name) + "[data-status=PAUSED]"));
            assertEquals("恢复", health.driver().findElement(By.cssSelector(batch(name) + " button[data-to=PUBLISHED]"))
                    .getText());
            action(health, name, "PUBLISHED");
            WebElement card = health.waitFor(By.cssSelector(batch(name) + "[data-status=PUBLISHED]"));
            WebElement quantity = card.findElement(By.name("quantity"));
            quantity.clear();
            quantity.sendKeys("120");
            card.findElement(By.cssSelector("form.inline button")).click();
            health.waitForText(By.cssSelector(batch(name)), "发放 120 · 已领 0 · 已核销 0 · 已过期 0");
            health.scrollTo(By.cssSelector(batch(name)));
            health.screenshot("health-batches");
            action(health, name, "CLOSED");
            card = health.waitFor(By.cssSelector(batch(name) + "[data-status=CLOSED]"));
            assertTrue(card.findElements(By.cssSelector("button[data-to]")).isEmpty(), "a closed batch stays closed");

            health.driver().findElement(By.linkText("数据看板")).click();
            health.waitForText(By.id("funnel"), name);
            String places = health.waitForText(By.id("places"), "海门区").getText();
            assertTrue(places.contains("海政办发〔2021〕64号"), "targets with their source: " + places);
            assertFalse(health.driver().findElements(By.cssSelector("#funnel-chart rect")).isEmpty());
            assertFalse(health.driver().findElements(By.cssSelector("#places-chart rect")).isEmpty());
            // The demo family's infant counts among the children eligible for parenting guidance.
            String coverage = health.waitForText(By.id("coverage-shares"), "科学育儿指导").getText();
            assertTrue(coverage.contains("覆盖率") && coverage.contains("%"), coverage);
            assertFalse(health.driver().findElements(By.cssSelector("#coverage-chart rect")).isEmpty());
            PageChecks.assertGood(health);
            health.screenshot("health-dashboard");
        }
    }

    @Test
    void aParentWhoAskedToBeToldOfNewBatchesFindsTheOpeningUnderTheBell() {
        try (Browser parent = new Browser()) {
            parent.signIn(stack.appUrl(), "demo-parent");
            parent.go(stack.appUrl() + "/#/vouchers");
            WebElement watch = parent.waitFor(By.name("watchBatches"));
            if (watch.isSelected()) {
                // the demo parent may have asked in an earlier run: start from off
                parent.driver().findElement(By.cssSelector("#batch-watch label")).click();
                parent.waitForText(By.id("batch-watch"), "不再通知新批次。");
            }
            parent.driver().findElement(By.cssSelector("#batch-watch label")).click();
            parent.waitForText(By.id("batch-watch"), "有新批次时会通知您。");
            parent.driver().navigate().refresh();
            assertTrue(parent.waitFor(By.name("watchBatches")).isSelected(), "the state is the server's");
            assertTrue(parent.driver().findElement(By.id("batch-watch")).getText().contains("有新批次时通知我"));
            PageChecks.assertGood(parent);
        }

        String name = "验收新批次" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.go(stack.appUrl() + "/#/batches");
            WebElement form = health.waitFor(By.id("batch-form"));
            form.findElement(By.name("name")).sendKeys(name);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            health.waitForText(By.tagName("main"), "已创建批次「" + name + "」。");
            action(health, name, "PUBLISHED");
            health.waitFor(By.cssSelector(batch(name) + "[data-status=PUBLISHED]"));
        }

        try (Browser parent = new Browser()) {
            parent.signIn(stack.appUrl(), "demo-parent");
            parent.waitFor(By.cssSelector("#bell:not([data-unread='0'])")).click();
            WebElement opening = parent.waitFor(By.xpath("//li[contains(@class,'notification')]"
                    + "[@data-kind='BATCH_OPENING'][contains(., '" + name + "')]"));
            assertTrue(opening.getText().contains("体验券开始领取"), opening.getText());
            PageChecks.assertGood(parent);
        }
    }

    @Test
    void aVoucherIsClaimedShownScannedByCameraRedeemedByPhotoAndCodeAndSettled() throws Exception {
        Files.createDirectories(files);
        String name = "验收体验券" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.go(stack.appUrl() + "/#/batches");
            WebElement form = health.waitFor(By.id("batch-form"));
            form.findElement(By.name("name")).sendKeys(name);
            WebElement perChild = form.findElement(By.name("perChildLimit"));
            perChild.clear();
            perChild.sendKeys("3");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            health.waitForText(By.tagName("main"), "已创建批次「" + name + "」。");
            action(health, name, "PUBLISHED");
            health.waitFor(By.cssSelector(batch(name) + "[data-status=PUBLISHED]"));
        }

        try (Browser parent = new Browser()) {
            parent.signIn(stack.appUrl(), "demo-parent");
            List<String> vouchers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parent.go(stack.appUrl() + "/#/family");
                WebElement child = parent.waitFor(By.xpath("//li[contains(@class,'child')][h3='演示宝宝乙']"));
                child.findElement(By.linkText("查看权益")).click();
                WebElement offer = parent.waitFor(By.xpath("//li[contains(@class,'batch')][h3='" + name + "']"));
                if (i == 0) {
                    parent.screenshot("parent-claim");
                    PageChecks.assertGood(parent);
                }
                offer.findElement(By.tagName("button")).click();
                parent.waitForUrl(stack.appUrl() + "/#/voucher/");
                vouchers.add(parent.driver().getCurrentUrl().replaceAll(".*#/voucher/", ""));
                parent.waitFor(By.id("manual-code"));
            }
            // A fourth is not offered: the limit per child is 3, and the page says so before any tap.
            parent.go(stack.appUrl() + "/#/family");
            parent.waitFor(By.xpath("//li[contains(@class,'child')][h3='演示宝宝乙']")).findElement(By.linkText("查看权益"))
                    .click();
            parent.waitForText(By.id("claimable"), "不能领取：这个孩子领取本批次的数量已达上限。");
            assertTrue(parent.waitFor(By.xpath("//li[contains(@class,'batch')][h3='" + name + "']"))
                    .findElements(By.tagName("button")).isEmpty(), "no claim button once the limit is reached");

            // The first voucher, full-screen: a QR code that renews itself, and the manual code.
            String manualOfThird = manualCode(parent, vouchers.get(2));
            parent.go(stack.appUrl() + "/#/voucher/" + vouchers.get(0));
            WebElement qr = parent.waitFor(By.id("voucher-qr"));
            waitForImage(parent);
            String firstSrc = qr.getDomAttribute("src");
            assertTrue(parent.waitFor(By.id("manual-code")).getText().matches("[0-9 -]{13,}"));
            PageChecks.assertGood(parent);
            parent.screenshot("parent-voucher");
            new WebDriverWait(parent.driver(), Duration.ofSeconds(45))
                    .until(d -> !firstSrc.equals(d.findElement(By.id("voucher-qr")).getDomAttribute("src")));

            Path video = cameraVideo(parent, vouchers.get(0));
            try (Browser counter = new Browser("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                    "--use-file-for-fake-video-capture=" + video.toAbsolutePath())) {
                counter.signIn(stack.appUrl(), "demo-facility");
                counter.driver().findElement(By.linkText("扫码核销")).click();
                WebElement receipt = counter.waitFor(By.id("receipt"));
                assertReceipt(counter, "扫码");
                assertTrue(receipt.getText().contains(name), receipt.getText());
                PageChecks.assertGood(counter);
                counter.screenshot("facility-scan-confirmation");

                // The photo fallback, with a fresh code of the second voucher.
                Path photo = files.resolve("voucher-photo.png");
                Files.write(photo, codePng(parent, vouchers.get(1)));
                counter.driver().findElement(By.id("scan-next")).click();
                counter.waitFor(By.id("manual-form"));
                PageChecks.assertGood(counter);
                counter.screenshot("facility-scan");
                counter.driver().findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
                counter.waitFor(By.id("receipt"));
                assertReceipt(counter, "照片");

                // The manual code of the third; typed again, it is refused in words.
                for (int attempt = 0; attempt < 2; attempt++) {
                    counter.driver().findElement(By.id("scan-next")).click();
                    if (attempt == 1) {
                        // The camera starting or stopping moves nothing: a tap aimed at the manual code's button
                        // while the camera starts lands on it (the button used to jump down under a waiting finger).
                        Object before = manualButtonBox(counter);
                        counter.waitForText(By.id("camera-toggle"), "关闭摄像头");
                        assertEquals(before, manualButtonBox(counter), "the camera started" + counter.trace());
                        // The camera off, so that the refusal can only be the typed code's.
                        counter.driver().findElement(By.id("camera-toggle")).click();
                        counter.waitForText(By.id("camera-toggle"), "打开摄像头");
                        assertEquals(before, manualButtonBox(counter), "the camera stopped" + counter.trace());
                    }
                    counter.waitFor(By.id("manual")).sendKeys(manualOfThird);
                    counter.driver().findElement(By.cssSelector("#manual-form button")).click();
                    if (attempt == 0) {
                        counter.waitFor(By.id("receipt"));
                        assertReceipt(counter, "手动码");
                    }
                }
                counter.waitForText(By.id("scan-status"), "这张体验券已经核销过了。");
                PageChecks.assertGood(counter);
                counter.screenshot("facility-scan-refused");

                counter.driver().findElement(By.linkText("核销记录")).click();
                new WebDriverWait(counter.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                        By.xpath("//section[@id='redemptions']//li[strong='" + name + "']")).size() == 3);
                WebElement first = counter.driver().findElements(
                        By.xpath("//section[@id='redemptions']//li[strong='" + name + "']")).get(0);
                first.findElement(By.cssSelector("button.void")).click();
                first.findElement(By.name("reason")).sendKeys("家长改期，误核销");
                first.findElement(By.cssSelector(".void-form button[type=submit]")).click();
                counter.waitForText(By.id("redemptions"), "已作废：家长改期，误核销");
                assertTrue(counter.driver().findElements(By.cssSelector("#redemptions li")).get(0).getText()
                        .contains("手动码"), "the newest first: the manual redemption was voided");
                PageChecks.assertGood(counter);
                counter.screenshot("facility-redemptions");

                counter.driver().findElement(By.linkText("月度结算")).click();
                String table = counter.waitForText(By.id("settlement"), name).getText();
                assertTrue(table.contains("合计"), table);
                Path downloads = files.resolve("downloads-" + System.nanoTime());
                counter.downloadsTo(downloads);
                counter.driver().findElement(By.id("settlement-csv")).click();
                Path csv = waitForDownload(downloads);
                String content = Files.readString(csv, StandardCharsets.UTF_8);
                assertTrue(content.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
                assertTrue(content.contains(name), content);
                PageChecks.assertGood(counter);
                counter.screenshot("facility-settlement");
            }

            parent.go(stack.appUrl() + "/#/history");
            String history = parent.waitForText(By.id("voucher-history"), name).getText();
            assertTrue(history.contains("已核销"), history);
            PageChecks.assertGood(parent);
            parent.screenshot("parent-history");
            parent.go(stack.appUrl() + "/#/voucher/" + vouchers.get(0));
            parent.waitForText(By.tagName("main"), "这张体验券已核销，不能再出示。");
            // The voided redemption (the newest, the manual code's) gave its voucher back.
            parent.go(stack.appUrl() + "/#/vouchers");
            WebElement usable = parent.waitForText(By.id("voucher-list"), name);
            assertEquals(1, usable.findElements(By.cssSelector("li.voucher")).stream()
                    .filter(v -> v.getText().contains(name)).count(), usable.getText());
        }
    }

    private static String batch(String name) {
        return "li.batch[data-name='" + name + "']";
    }

    private static String status(Browser browser, String name) {
        return browser.waitFor(By.cssSelector(batch(name) + " h3 .badge")).getText();
    }

    private static void action(Browser browser, String name, String to) {
        browser.waitFor(By.cssSelector(batch(name) + " button[data-to=" + to + "]")).click();
    }

    private static void waitForImage(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("const i = document.getElementById('voucher-qr');"
                        + " return !!i && i.complete && i.naturalWidth > 0;")));
    }

    /** Where the scan page's button for the manual code is, in the page (not the viewport). */
    private static Object manualButtonBox(Browser counter) {
        return counter.driver().executeScript("const r = document.querySelector('#manual-form button')"
                + ".getBoundingClientRect(); return `${r.left},${r.top + scrollY} ${r.width}x${r.height}`;");
    }

    private String manualCode(Browser parent, String voucher) {
        parent.go(stack.appUrl() + "/#/voucher/" + voucher);
        return new WebDriverWait(parent.driver(), Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("manual-code")).getText().replace(" ", "");
            return text.isEmpty() ? null : text;
        });
    }

    private static void assertReceipt(Browser counter, String method) {
        String child = counter.waitFor(By.id("receipt-child")).getText();
        assertTrue(child.contains("*"), "the child's name only masked: " + child);
        assertNotEquals("演示宝宝乙", child);
        assertEquals("24 个月", counter.driver().findElement(By.id("receipt-age")).getText());
        assertEquals(method, counter.driver().findElement(By.id("receipt-method")).getText());
    }

    /** The voucher's current QR code PNG, fetched by the parent's signed-in page with the parent's token. */
    private static byte[] codePng(Browser parent, String voucher) {
        return QrVideos.png(parent, "/api/vouchers/" + voucher + "/code.png");
    }

    /** A three-second video of the real QR code, as Chromium's fake camera plays it. */
    private Path cameraVideo(Browser parent, String voucher) throws IOException, InterruptedException {
        return QrVideos.video(codePng(parent, voucher), files.resolve("voucher-qr.png"),
                files.resolve("voucher-qr.y4m"));
    }

    private static Path waitForDownload(Path dir) throws InterruptedException, IOException {
        return QrVideos.downloadedCsv(dir);
    }
}
