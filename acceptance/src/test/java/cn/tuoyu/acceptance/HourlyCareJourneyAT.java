package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.stack.LocalStack;

/**
 * Hourly care as the people meet it: the facility publishes its places; a parent books a slot with a voucher; staff
 * check the child in and out with the phone camera reading the parent's rotating pass (Chromium's fake camera playing
 * a video of the real QR code); the parent sees the hours and the free sessions left; the facility's settlement CSV
 * has the hours.
 */
@ExtendWith(FullStack.class)
class HourlyCareJourneyAT {

    private static final String FACILITY = "00000000-0000-4000-8000-00000000f001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LocalStack stack = FullStack.stack();
    private final Path files = Path.of(System.getProperty("build.directory", "target"), "acceptance-files");

    @Test
    void bookCheckInByScanCheckOutByScanHoursAndSettlement() throws Exception {
        Files.createDirectories(files);
        String name = "验收计时托" + System.nanoTime() % 100000;
        try (Browser staff = new Browser()) {
            staff.signIn(stack.appUrl(), "demo-facility");
            staff.go(stack.appUrl() + "/#/care-schedule");
            WebElement form = staff.waitFor(By.id("care-schedule-form"));
            staff.driver().executeScript("""
                    const f = arguments[0];
                    for (let d = 1; d <= 7; d++) {
                      f.querySelector(`[name=day${d}]`).checked = true;
                      f.querySelector(`[name=opens${d}]`).value = '00:00';
                      f.querySelector(`[name=closes${d}]`).value = '24:00';
                    }""", form);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            staff.waitForText(By.id("care-schedule-form"), "已发布。");
            PageChecks.assertGood(staff);
            staff.screenshot("facility-care-schedule");
        }
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            String batch = call(health, "POST", "/api/voucher-batches", "{\"name\":\"" + name + "\",\"careHours\":2,"
                    + "\"faceValueCents\":5000,\"quantity\":10,\"perChildLimit\":1,\"minAgeMonths\":13,"
                    + "\"maxAgeMonths\":36,\"allHourlyFacilities\":true,\"claimOpensAt\":\"" + in(-5) + "\","
                    + "\"claimClosesAt\":\"" + in(60 * 24) + "\",\"validUntil\":\"" + in(60 * 24 * 30) + "\","
                    + "\"reservesEntitlement\":false}", "id");
            call(health, "PUT", "/api/voucher-batches/" + batch + "/status", "{\"status\":\"PUBLISHED\"}", "id");
            health.go(stack.appUrl() + "/#/care-capacity");
            health.waitForText(By.id("care-capacity"), "示例小海豚托育园");
            PageChecks.assertGood(health);
            health.screenshot("health-care-capacity");

            try (Browser parent = new Browser()) {
                parent.signIn(stack.appUrl(), "demo-parent");
                String child = (String) parent.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        import('/app/api.js').then((m) => m.api('/api/children'))
                          .then((kids) => done(kids.find((k) => k.name === '演示宝宝乙').id))
                          .catch((e) => done('ERROR ' + e.message));""");
                assertFalse(child.startsWith("ERROR"), child);
                parent.go(stack.appUrl() + "/#/care?facility=" + FACILITY);
                int before = left(parent, child);
                // This batch is the facility's own offer: it does not draw on the child's free sessions.
                String voucher = call(parent, "POST", "/api/vouchers", "{\"batchId\":\"" + batch + "\",\"childId\":\""
                        + child + "\"}", "id");
                // Elsewhere and back, so that the page reads the wallet again.
                parent.go(stack.appUrl() + "/#/vouchers");
                parent.go(stack.appUrl() + "/#/care?facility=" + FACILITY);
                assertEquals(before, left(parent, child));
                WebElement find = parent.waitFor(By.id("care-find"));
                ZonedDateTime slot = slotOpenForCheckIn();
                parent.driver().executeScript("""
                        const f = arguments[0];
                        f.querySelector('[name=date]').value = arguments[1];
                        const c = f.querySelector('[name=child]');
                        c.value = arguments[2];
                        c.dispatchEvent(new Event('change'));
                        f.querySelector('[name=voucher]').value = arguments[3];""", find,
                        slot.toLocalDate().toString(), child, voucher);
                assertEquals(voucher, find.findElement(By.name("voucher")).getDomProperty("value"),
                        "the claimed voucher is offered for the booking");
                find.findElement(By.cssSelector("button[type=submit]")).click();
                String start = slot.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                parent.waitFor(By.cssSelector("#care-slots button[data-start='" + start + "']")).click();
                parent.waitForText(By.tagName("main"), "已预约。");
                WebElement booked = parent.waitFor(By.cssSelector("#care-sessions li[data-state=BOOKED]"));
                String session = booked.getDomAttribute("data-id");
                assertTrue(booked.getText().contains("体验券"), booked.getText());
                PageChecks.assertGood(parent);
                parent.screenshot("parent-care-booked");

                parent.go(stack.appUrl() + "/#/care-pass/" + session);
                parent.waitFor(By.id("pass-qr"));
                PageChecks.assertGood(parent);
                parent.screenshot("parent-care-pass");

                try (Browser desk = camera(passVideo(parent, session, "in"))) {
                    desk.signIn(stack.appUrl(), "demo-facility");
                    desk.go(stack.appUrl() + "/#/care-desk");
                    desk.waitForText(By.id("desk-status"), "已签到");
                    String inCare = desk.waitForText(By.id("board-in-care"), "24 个月").getText();
                    assertTrue(inCare.contains("*") && !inCare.contains("演示宝宝乙"), inCare);
                    assertTrue(inCare.contains("经办 示例 托育机构员工"), "staff by name, not by subject: " + inCare);
                    PageChecks.assertGood(desk);
                    desk.screenshot("facility-care-desk");
                }
                try (Browser pickUp = camera(passVideo(parent, session, "out"))) {
                    pickUp.signIn(stack.appUrl(), "demo-facility");
                    pickUp.go(stack.appUrl() + "/#/care-session/" + session);
                    pickUp.waitForText(By.id("checkout-status"), "由 监护人 接走");
                    pickUp.waitForText(By.id("care-hours"), "0.5");
                    PageChecks.assertGood(pickUp);
                    pickUp.screenshot("facility-care-checkout");

                    pickUp.go(stack.appUrl() + "/#/settlement");
                    pickUp.waitForText(By.id("settlement"), name);
                    Path downloads = files.resolve("care-downloads-" + System.nanoTime());
                    pickUp.downloadsTo(downloads);
                    pickUp.driver().findElement(By.id("settlement-csv")).click();
                    String csv = Files.readString(QrVideos.downloadedCsv(downloads), StandardCharsets.UTF_8);
                    String line = csv.lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
                    assertTrue(line.endsWith(",1,0.50"), "one session, half an hour given: " + line);
                }

                parent.go(stack.appUrl() + "/#/care");
                WebElement done = parent.waitFor(By.cssSelector("#care-sessions li[data-id='" + session + "']"));
                new WebDriverWait(parent.driver(), Duration.ofSeconds(30)).until(d -> "CHECKED_OUT".equals(
                        d.findElement(By.cssSelector("#care-sessions li[data-id='" + session + "']"))
                                .getDomAttribute("data-state")));
                done = parent.driver().findElement(By.cssSelector("#care-sessions li[data-id='" + session + "']"));
                assertTrue(done.getText().contains("计 0.5 小时"), done.getText());
                assertEquals(before, left(parent, child), "a voucher that reserves nothing leaves the free sessions");
                PageChecks.assertGood(parent);
                parent.screenshot("parent-care-hours");
            }
        }
    }

    private static String in(int minutes) {
        return ZonedDateTime.now(CHINA).plusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ZonedDateTime slotOpenForCheckIn() {
        ZonedDateTime now = ZonedDateTime.now(CHINA);
        ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        return now.getMinute() >= 55 ? hour.plusHours(1) : hour;
    }

    private static int left(Browser parent, String child) {
        String text = parent.waitForText(By.cssSelector("#care-children li[data-child='" + child + "']"), "次")
                .getText();
        return Integer.parseInt(text.replaceAll(".*还可免费体验 (\\d+) 次.*", "$1"));
    }

    /** Calls the API from the signed-in page with its token; returns the answer's {@code field}. */
    private static String call(Browser browser, String method, String path, String body, String field) {
        Object answer = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/api.js').then((m) => m.api(arguments[1], { method: arguments[0],
                    body: JSON.parse(arguments[2]) }))
                  .then((r) => done(String(r[arguments[3]])))
                  .catch((e) => done('ERROR ' + e.message));""", method, path, body, field);
        assertFalse(String.valueOf(answer).startsWith("ERROR"), method + " " + path + ": " + answer);
        return (String) answer;
    }

    private static Browser camera(Path video) {
        return new Browser("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath());
    }

    /** A three-second video of the session's pass as the parent's phone shows it now. */
    private Path passVideo(Browser parent, String session, String name) throws IOException, InterruptedException {
        return QrVideos.video(QrVideos.png(parent, "/api/hourly-care/sessions/" + session + "/pass.png"),
                files.resolve("care-pass-" + name + ".png"), files.resolve("care-pass-" + name + ".y4m"));
    }
}
