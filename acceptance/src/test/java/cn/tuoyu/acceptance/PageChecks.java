package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page must get right whoever reads it: fits a phone without sideways scrolling, every visible control
 * has a label, text contrast at least WCAG AA, no raw problem JSON, nothing refused by the Content-Security-Policy
 * (Chromium reports each refusal on the console), and the keyboard reaches the controls with a visible focus.
 */
final class PageChecks {

    private static final String AUDIT = """
            const problems = [];
            const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (!visible(el) || el.type === 'hidden') continue;
              // A submit or button input is named by its value, like a button by its text (Keycloak's forms use them).
              if (['submit', 'button', 'reset'].includes(el.type) && el.value.trim()) continue;
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
        assertEquals(List.of(), browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList(),
                "the Content-Security-Policy blocks nothing the app does");
    }

    private static final String AXE_RESOURCE = "/vendor/axe-core-4.14.1/axe.min.js";
    private static String axeSource;

    /**
     * The page's violations found by axe-core (every rule it runs by default: WCAG 2.x A and AA and its best
     * practices), as "rule: selectors" lines.
     */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations(Browser browser) {
        var driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axe());
        }
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3)
                    .map((n) => n.target.join(' ')).join(' | ')}`)))
                  .catch((e) => done([`axe failed: ${e}`]));
                """);
    }

    /**
     * Tabs through the whole page from the top and returns the visible, enabled controls of the main content that
     * the keyboard never reached.
     */
    @SuppressWarnings("unchecked")
    static List<String> unreachableByKeyboard(Browser browser) {
        var driver = browser.driver();
        long controls = ((Number) driver.executeScript("""
                const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                  && getComputedStyle(el).visibility !== 'hidden';
                const all = [...document.querySelectorAll(
                  '#main a[href], #main button, #main input, #main select, #main textarea, #main summary')]
                  .filter((el) => visible(el) && !el.disabled && el.type !== 'hidden');
                all.forEach((el, i) => { el.dataset.kbd = String(i); });
                window.__reached = new Set();
                document.addEventListener('focusin', (e) => {
                  if (e.target.dataset && e.target.dataset.kbd) window.__reached.add(e.target.dataset.kbd);
                });
                if (document.activeElement) document.activeElement.blur();
                window.scrollTo(0, 0);
                return all.length;
                """)).longValue();
        // Date and time inputs take several tab stops each (year, month, day, ...): tab until every control was
        // reached, or until a generous bound says some never will be.
        Actions keys = new Actions(driver);
        for (long i = 0; i < controls * 8 + 40; i += 10) {
            for (int k = 0; k < 10; k++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            if (Boolean.TRUE.equals(driver.executeScript(
                    "return document.querySelectorAll('[data-kbd]').length === window.__reached.size"))) {
                break;
            }
        }
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('[data-kbd]')]
                  .filter((el) => !window.__reached.has(el.dataset.kbd))
                  .map((el) => `${el.tagName.toLowerCase()} ${el.id || el.name || el.textContent.trim().slice(0, 20)}`);
                """);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = PageChecks.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path at " + AXE_RESOURCE);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Tabs from the top: focus reaches a link of the main navigation, and the focused element shows an outline. */
    static void assertKeyboardReachesNavigation(Browser browser) {
        browser.driver()
                .executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
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
