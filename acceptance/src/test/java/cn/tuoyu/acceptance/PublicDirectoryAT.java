package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.tuoyu.stack.LocalStack;

/** Anyone, without signing in: the directory of filed facilities and the refused filings, in Chinese and English. */
@ExtendWith(FullStack.class)
class PublicDirectoryAT {

    private final LocalStack stack = FullStack.stack();

    @Test
    void theDirectoryListsFiledFacilitiesAndPublishesRefusalsWithoutLogin() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/#/directory");
            assertEquals("已备案托育机构", browser.waitFor(By.cssSelector("#view h2")).getText());
            browser.waitForText(By.id("directory-results"), "示例小海豚托育园（演示）");
            String results = browser.driver().findElement(By.id("directory-results")).getText();
            assertTrue(results.contains("已备案") && results.contains("普惠性") && results.contains("计时托"), results);
            assertTrue(results.contains("海卫托备〔2026〕演示001号"), results);
            assertFalse(results.contains("示例彩虹桥托育（演示）"), "a refused facility is not in the directory");
            String refusals = browser.waitForText(By.id("refusals"), "示例彩虹桥托育（演示）").getText();
            assertTrue(refusals.contains("食品经营许可证"), "the refusal's reasons are published: " + refusals);
            PageChecks.assertGood(browser);
            PageChecks.assertKeyboardReachesNavigation(browser);
            browser.screenshot("public-directory");

            // Filtering: 瀍河回族区 has no filed facility.
            new Select(browser.driver().findElement(By.name("district"))).selectByValue("410302");
            browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            browser.waitForText(By.id("directory-results"), "没有符合条件的已备案机构。");

            // English, for the same page.
            browser.driver().findElement(By.id("lang")).click();
            browser.waitForText(By.cssSelector("#view h2"), "Filed childcare facilities");
            browser.waitForText(By.id("directory-results"), "Hourly care");
            new Select(browser.driver().findElement(By.name("district"))).selectByValue("410302");
            browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            browser.waitForText(By.id("directory-results"), "No filed facility matches.");
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("中文", browser.driver().findElement(By.id("lang")).getText());
            new Select(browser.driver().findElement(By.name("district"))).selectByValue("");
            browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
            browser.waitForText(By.id("directory-results"), "Hourly care");
            browser.screenshot("public-directory-en");
            PageChecks.assertGood(browser);
        }
    }

    @Test
    void theDirectoryIsSearchedByNameOrAddress() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/#/directory");
            browser.waitForText(By.id("directory-results"), "示例小海豚托育园（演示）");
            search(browser, "小海豚");
            String found = browser.waitForText(By.id("directory-results"), "共 1 家").getText();
            assertTrue(found.contains("示例小海豚托育园（演示）"), found);
            PageChecks.assertGood(browser);
            browser.screenshot("public-directory-search");
            search(browser, "示例路1号");
            browser.waitForText(By.id("directory-results"), "示例小海豚托育园（演示）");
            search(browser, "%");
            browser.waitForText(By.id("directory-results"), "没有符合条件的已备案机构。");
            search(browser, "");
            browser.waitForText(By.id("directory-results"), "示例小海豚托育园（演示）");
        }
    }

    @Test
    void anyoneSeesPlacesPerThousandAgainstTheSeedsTargetsWithSources() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/");
            browser.waitFor(By.linkText("千人托位数")).click();
            browser.waitForText(By.cssSelector("#view h2"), "各区县千人托位数与规划目标");
            String page = browser.waitForText(By.id("places-public"), "海门区").getText();
            assertTrue(page.contains("年目标：每千人") && page.contains("依据：") && page.contains("已备案托位"), page);
            PageChecks.assertGood(browser);
            PageChecks.assertKeyboardReachesNavigation(browser);
            browser.screenshot("public-places");
            browser.driver().findElement(By.id("lang")).click();
            browser.waitForText(By.id("places-public"), "per 1,000");
            PageChecks.assertGood(browser);
        }
    }

    private static void search(Browser browser, String text) {
        WebElement q = browser.waitFor(By.name("q"));
        q.clear();
        q.sendKeys(text);
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
    }

    @Test
    void aStrangerLearnsWhatThePlatformOffersAndSwitchingLanguageLeavesNoLoadingLine() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/");
            String home = browser.waitForText(By.id("view"), "体验券").getText();
            assertTrue(home.contains("家长") && home.contains("托育机构") && home.contains("卫健委"), home);
            assertTrue(home.contains("机构名录") && home.contains("家长课堂"), "links the public pages: " + home);
            assertFalse(browser.driver().findElement(By.id("main")).getText().contains("加载中"), "no start-up line");
            browser.driver().findElement(By.id("lang")).click();
            browser.waitForText(By.id("view"), "vouchers");
            assertFalse(browser.driver().findElement(By.id("main")).getText().contains("Loading"),
                    "switching language does not bring the start-up line back");
            browser.driver().findElement(By.id("lang")).click();
            browser.waitForText(By.id("view"), "体验券");
            assertFalse(browser.driver().findElement(By.id("main")).getText().contains("加载中"));
            PageChecks.assertGood(browser);
            browser.screenshot("home-stranger");
        }
    }

    @Test
    void anUnknownAddressShowsTheAppsOwnPageNotJson() {
        try (Browser browser = new Browser()) {
            browser.open(stack.appUrl() + "/foo");
            String page = browser.waitForText(By.tagName("main"), "没有这个页面").getText();
            assertTrue(page.contains("There is no such page") && page.contains("返回首页"), page);
            assertFalse(browser.driver().getPageSource().contains("urn:tuoyu:problem"), "no raw problem JSON");
            PageChecks.assertGood(browser);
            browser.screenshot("not-found");
        }
    }

    @Test
    void theComingParentClassesAreListedWithoutLogin() {
        try (Browser browser = new Browser()) {
            browser.go(stack.appUrl() + "/#/classes");
            String list = browser.waitForText(By.id("class-list"), "婴儿辅食添加入门（演示）").getText();
            assertTrue(list.contains("宝宝睡眠与安全防护（演示）") && list.contains("亲子游戏与早期语言发展（演示）"), list);
            assertTrue(list.contains("海门区示例社区卫生服务中心三楼课堂（演示）"), list);
            PageChecks.assertGood(browser);
        }
    }
}
