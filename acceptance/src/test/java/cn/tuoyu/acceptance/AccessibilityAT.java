package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.stack.LocalStack;

/**
 * Every page each role can reach — the home page, each page of its navigation, and the first detail page each
 * list links to — at phone width, in Chinese and in English: axe-core finds no violation, the page checks pass,
 * and the keyboard reaches every control of the main content.
 */
@ExtendWith(FullStack.class)
class AccessibilityAT {

    /** Detail pages reached from a list: the first link of each kind on the role's pages. */
    private static final List<String> DETAIL_LINKS = List.of("#/child/", "#/voucher/", "#/staff-class/", "#/review/",
            "#/notification-settings");

    private final LocalStack stack = FullStack.stack();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"the public, ''", "a parent, demo-parent", "facility staff, demo-facility",
            "health staff, demo-health"})
    void everyPagePassesAxeAndTheKeyboardReachesEveryControlInBothLanguages(String who, String user) {
        try (Browser browser = new Browser()) {
            if (user.isBlank()) {
                browser.go(stack.appUrl() + "/");
            } else {
                browser.signIn(stack.appUrl(), user);
            }
            List<String> pages = pagesOf(browser);
            List<String> findings = new ArrayList<>();
            for (String language : List.of("zh-CN", "en")) {
                if (language.equals("en")) {
                    browser.go(stack.appUrl() + "/");
                    browser.driver().findElement(By.id("lang")).click();
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "en".equals(
                            d.findElement(By.tagName("html")).getDomAttribute("lang")));
                }
                for (String page : pages) {
                    open(browser, page);
                    String where = language + " " + page + ": ";
                    PageChecks.axeViolations(browser).forEach(v -> findings.add(where + v));
                    PageChecks.unreachableByKeyboard(browser)
                            .forEach(c -> findings.add(where + "keyboard misses " + c));
                    PageChecks.assertGood(browser);
                }
            }
            assertTrue(pages.size() >= (user.isBlank() ? 3 : 4), "pages visited: " + pages);
            assertEquals(List.of(), findings, who + ": accessibility findings on " + pages);
            browser.driver().executeScript("localStorage.setItem('locale', 'zh-CN')");
        }
    }

    /** The home page, the navigation's pages, the bell's inbox and the first detail page each of them links to. */
    private List<String> pagesOf(Browser browser) {
        Set<String> pages = new LinkedHashSet<>();
        pages.add("#/");
        for (WebElement link : browser.driver().findElements(By.cssSelector("#nav a[href^='#/'], a#bell"))) {
            pages.add(link.getDomAttribute("href"));
        }
        for (String page : List.copyOf(pages)) {
            open(browser, page);
            for (String prefix : DETAIL_LINKS) {
                browser.driver().findElements(By.cssSelector("#view a[href^='" + prefix + "']")).stream().findFirst()
                        .ifPresent(link -> pages.add(link.getDomAttribute("href")));
            }
        }
        return List.copyOf(pages);
    }

    /** Loads the page afresh (not just a hash change) and waits until it has finished loading its content. */
    private void open(Browser browser, String page) {
        browser.driver().get("about:blank");
        browser.go(stack.appUrl() + "/" + page);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#view .loading")).isEmpty());
    }
}
