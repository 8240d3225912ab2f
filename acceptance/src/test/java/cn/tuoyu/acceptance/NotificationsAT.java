package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.stack.LocalStack;
import cn.tuoyu.stack.MailServer;

/**
 * Notices as a parent meets them: booking a class puts a notice in the inbox, the bell in the header counts it, tapping
 * it marks it read and leads to the bookings; a seat freed in a full class is offered to the child waiting, and the
 * offer's notice leads to where it is accepted; both notices arrive by e-mail, in Chinese, at the stack's mail server,
 * the child masked, with an unsubscribe link that works without signing in. A class topic full of markup reaches the inbox as
 * text. Health staff see the failed deliveries of their district.
 */
@ExtendWith(FullStack.class)
class NotificationsAT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/#/unsubscribe\\?token=[^\\s\"<]+)");

    private final LocalStack stack = FullStack.stack();

    @Test
    void aBookingReachesTheBellTheInboxAndTheMailboxInChinese() throws Exception {
        // markup and a formula prefix in a staff-written text that the notice quotes
        String topic = "通知验收<b>课</b>=SUM(1)" + System.nanoTime() % 100000;
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.driver().findElement(By.linkText("课堂管理")).click();
            GuidanceAT.publish(health, topic, null, 1);
        }

        String mobile = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "notice-" + mobile + "@example.com";
        String password = "Tuoyu-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        Matcher unsubscribe;
        try (Browser parent = new Browser()) {
            parent.go(stack.appUrl() + "/");
            parent.waitFor(By.id("login")).click();
            parent.waitFor(By.cssSelector("#kc-registration a")).click();
            StrangerSignUpAT.register(parent, mobile, password, email);
            parent.waitForUrl(stack.appUrl());
            WebElement bell = parent.waitFor(By.cssSelector("#bell[data-unread='0']"));
            assertEquals("消息：没有未读", bell.getDomAttribute("aria-label"));

            parent.driver().findElement(By.linkText("我的孩子")).click();
            parent.waitForText(By.id("consent"), "儿童个人信息处理告知");
            parent.driver().findElement(By.cssSelector("label[for=consent-box]")).click();
            parent.driver().findElement(By.id("give-consent")).click();
            parent.waitForText(By.id("consent"), "您已于");
            String child = StrangerSignUpAT.registerChild(parent, "通知验收宝宝",
                    LocalDate.now(CHINA).minusMonths(5).minusDays(3));
            parent.driver().findElement(By.linkText("家长课堂")).click();
            Select select = new Select(parent.waitFor(By.name("childId")));
            select.getOptions().stream().filter(o -> o.getText().startsWith(child)).findFirst().orElseThrow().click();
            parent.waitFor(By.xpath(classCard(topic) + "//button[.='预约']")).click();
            parent.waitForText(By.tagName("main"), "预约「" + topic + "」。");

            // The bell counts on the next page.
            parent.driver().findElement(By.linkText("我的预约")).click();
            bell = parent.waitFor(By.cssSelector("#bell[data-unread='1']"));
            assertEquals("消息：1 条未读", bell.getDomAttribute("aria-label"));
            assertEquals("1", bell.findElement(By.className("count")).getText());
            PageChecks.assertGood(parent);
            parent.screenshot("notifications-bell");

            bell.click();
            WebElement notice = parent.waitFor(By.cssSelector("li.notification.unread[data-kind=BOOKING_CONFIRMED]"));
            String text = notice.getText();
            assertTrue(text.contains("课程预约成功") && text.contains("未读") && text.contains(topic), text);
            assertFalse(text.contains(child), "the notice names the child masked: " + text);
            assertTrue(notice.findElements(By.tagName("b")).isEmpty(), "markup in a notice stays text");
            PageChecks.assertGood(parent);
            parent.screenshot("notifications-inbox");

            notice.findElement(By.className("open")).click();
            // the notice leads to the bookings
            parent.waitForUrl(stack.appUrl() + "/#/bookings");
            parent.waitFor(By.cssSelector("#bell[data-unread='0']"));
            parent.driver().findElement(By.id("bell")).click();
            parent.waitFor(By.cssSelector("li.notification[data-kind=BOOKING_CONFIRMED][data-read=true]"));

            // Choices: the addresses masked, important notices explained.
            parent.driver().findElement(By.linkText("通知设置")).click();
            parent.waitFor(By.id("preferences-form"));
            String settings = parent.driver().findElement(By.id("view")).getText();
            assertTrue(settings.contains("重要通知（例如候补名额的确认期限）总会"), settings);
            assertTrue(settings.contains("n***@example.com") && settings.contains("136****"), settings);
            PageChecks.assertGood(parent);
            parent.screenshot("notifications-settings");

            // A waitlist offer: a second child waits for the full class, the first one's booking is cancelled, and the
            // freed seat is offered; the notice leads to where it is accepted.
            parent.driver().findElement(By.linkText("我的孩子")).click();
            String second = StrangerSignUpAT.registerChild(parent, "通知候补宝宝",
                    LocalDate.now(CHINA).minusMonths(4).minusDays(9));
            parent.driver().findElement(By.linkText("家长课堂")).click();
            select = new Select(parent.waitFor(By.name("childId")));
            select.getOptions().stream().filter(o -> o.getText().startsWith(second)).findFirst().orElseThrow().click();
            parent.waitFor(By.xpath(classCard(topic) + "//button[.='加入候补']")).click();
            parent.waitForText(By.tagName("main"), "候补，排第 1 位。");
            parent.driver().findElement(By.linkText("我的预约")).click();
            parent.waitFor(By.xpath(card("booking", topic) + "//button[.='取消预约']")).click();
            parent.waitForText(By.tagName("main"), "已取消「" + topic + "」的预约");
            parent.waitForText(By.xpath(card("waitlist", topic)), "有空出的名额为您保留至");
            parent.driver().navigate().refresh();
            parent.waitFor(By.cssSelector("#bell:not([data-unread='0'])")).click();
            WebElement offer = parent.waitFor(By.cssSelector("li.notification.unread[data-kind=WAITLIST_OFFER]"));
            String offered = offer.getText();
            assertTrue(offered.contains("候补名额待确认") && offered.contains(topic) && offered.contains("前确认"),
                    offered);
            assertFalse(offered.contains(second), "the notice names the child masked: " + offered);
            PageChecks.assertGood(parent);
            parent.screenshot("notifications-waitlist-offer");
            offer.findElement(By.className("open")).click();
            parent.waitForUrl(stack.appUrl() + "/#/bookings");
            parent.waitFor(By.xpath(card("waitlist", topic) + "//button[.='接受名额']")).click();
            parent.waitForText(By.tagName("main"), "已接受「" + topic + "」的名额。");
            parent.waitFor(By.xpath(card("booking", topic) + "[@data-state='BOOKED'][contains(., " + literal(second)
                    + ")]"));

            // The offer by mail, in Chinese, with the class and the deadline, the child masked
            MailServer.Mail offerMail = stack.mail().await(email, m -> m.subject().equals("候补名额待确认"),
                    Duration.ofSeconds(90));
            assertTrue(offerMail.text().contains("为" + second.charAt(0) + "*") && offerMail.text().contains(topic)
                    && offerMail.text().contains("空出一个名额，请在") && offerMail.text().contains("前确认"),
                    offerMail.text());
            assertFalse(offerMail.text().contains(second), offerMail.text());

            // The mail, in the language of the app at the time (the contact's language)
            MailServer.Mail mail = stack.mail().await(email, m -> m.subject().equals("课程预约成功"),
                    Duration.ofSeconds(90));
            assertTrue(mail.text().contains(topic) && mail.text().contains("已为"), mail.text());
            assertFalse(mail.text().contains("通知验收宝宝"), "the mail names the child masked: " + mail.text());
            unsubscribe = UNSUBSCRIBE.matcher(mail.text());
            assertTrue(unsubscribe.find(), mail.text());

            // In English the bell says so too (the cancellation told of above is still unread).
            parent.driver().findElement(By.id("lang")).click();
            new WebDriverWait(parent.driver(), Duration.ofSeconds(30)).until(d -> String.valueOf(d.findElement(By.id(
                    "bell")).getDomAttribute("aria-label")).matches("Messages: [0-9]+ unread"));
        }
        try (Browser reader = new Browser()) {
            reader.go(unsubscribe.group(1).replace("&amp;", "&"));
            reader.waitForText(By.id("unsubscribe"), "已退订");
            PageChecks.assertGood(reader);
            reader.screenshot("notifications-unsubscribed");
        }
    }

    @Test
    void healthStaffSeeTheFailedDeliveriesOfTheirDistrict() {
        try (Browser health = new Browser()) {
            health.signIn(stack.appUrl(), "demo-health");
            health.driver().findElement(By.linkText("发送失败")).click();
            health.waitForText(By.id("view"), "发送失败的通知");
            new WebDriverWait(health.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("#dead-letters .empty, #dead-letters li")).isEmpty());
            assertTrue(health.driver().findElements(By.cssSelector("#dead-letters .error")).isEmpty(),
                    health.driver().findElement(By.id("view")).getText());
            PageChecks.assertGood(health);
        }
    }

    private static String classCard(String topic) {
        return "//li[contains(@class,'class')][h3=" + literal(topic) + "]";
    }

    private static String card(String kind, String topic) {
        return "//li[contains(@class,'" + kind + "')][h3=" + literal(topic) + "]";
    }

    /** An XPath string literal for text that may hold quotes. */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
