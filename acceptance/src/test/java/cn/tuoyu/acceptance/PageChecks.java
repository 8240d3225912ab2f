package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page must get right whoever reads it: fits a phone without sideways scrolling, every visible control
 * has a label, text contrast at least WCAG AA, no raw problem JSON, and the keyboard reaches the controls with a
 * visible focus.
 */
final class PageChecks {

    private static final String AUDIT = """
            const problems = [];
            const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (!visible(el) || el.type === 'hidden') continue;
              const labelled = (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label')
                || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
              if (!labelled) problems.push(`unlabelled ${el.tagName.toLowerCase()} ${el.name || ''}`);
            }
            for (const el of document.querySelectorAll('button, a[href]')) {
              if (visible(el) && !(el.textContent.trim() || el.getAttribute('aria-label'))) {
                problems.push(`nameless ${el.tagName.toLowerCase()}`);
              }
            }
            const rgb = (c) => (c.match(/[\\d.]+/g) || [0, 0, 0, 0]).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255;
              return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
              .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = (el) => {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length < 4 || c[3] > 0.9) return c;
              }
              return [255, 255, 255];
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const el = node.parentElement;
              if (!node.textContent.trim() || !el || !visible(el) || el.closest('svg')) continue;
              const style = getComputedStyle(el);
              if (Number(style.opacity) < 1 || el.closest('[disabled], .voided')) continue;
              const fg = lum(rgb(style.color)), bg = lum(background(el));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
              const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              if (ratio < needed) problems.push(`contrast ${ratio.toFixed(2)} for "${node.textContent.trim().slice(0, 20)}"`);
            }
            if (document.documentElement.scrollWidth > window.innerWidth + 1) {
              problems.push(`wider than the phone: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
            }
            return [...new Set(problems)];
            """;

    private PageChecks() {
    }

    /** Audits the page as it is now. */
    @SuppressWarnings("unchecked")
    static void assertGood(Browser browser) {
        assertEquals(390L, ((Number) browser.driver().executeScript("return window.innerWidth")).longValue(),
                "a phone-wide viewport");
        List<String> problems = (List<String>) browser.driver().executeScript(AUDIT);
        assertEquals(List.of(), problems, "accessibility and layout problems on " + browser.driver().getCurrentUrl());
        String text = browser.driver().findElement(By.tagName("body")).getText();
        assertFalse(text.contains("urn:tuoyu:problem") || text.contains("\"status\""), "raw problem JSON shown");
    }

    /** Tabs from the top: focus reaches a link of the main navigation, and the focused element shows an outline. */
    static void assertKeyboardReachesNavigation(Browser browser) {
        browser.driver().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 12; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (focused.findElements(By.xpath("ancestor::nav")).size() > 0) {
                String outline = focused.getCssValue("outline-style");
                assertTrue(!"none".equals(outline), "the focused link shows its focus");
                return;
            }
        }
        throw new AssertionError("twelve tabs did not reach the main navigation");
    }
}
