package cn.tuoyu.acceptance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.tuoyu.stack.Folders;

/**
 * Debian's Chromium, headless, phone-sized, driven by Debian's chromedriver through Selenium (no browser download:
 * Selenium Manager never runs). Flags keep it quiet on a machine without internet.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    public Browser(String... extraArguments) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=390,844", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath()));
        options.addArguments(extraArguments);
        // A phone: 390 x 844 CSS pixels at device pixel ratio 2, touch, a mobile user agent (the viewport meta counts).
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0.0.0 Mobile Safari/537.36"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // The app records its steps (routes, the scan page's camera, taps, layout shifts) only when asked; see trace().
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "window.__trace = [];"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(by + " did not appear on " + driver.getCurrentUrl() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText() + console() + trace(), e);
        }
    }

    /** What the page recorded of its own steps (window.__trace: routes, camera, submits, answers, taps). */
    public String trace() {
        try {
            Object steps = driver.executeScript("return (window.__trace || []).join('\\n  ');");
            return "\ntrace:\n  " + steps;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** What the page wrote to its console, to explain a failure. */
    private String console() {
        try {
            StringBuilder log = new StringBuilder("\nconsole:");
            driver.manage().logs().get("browser").forEach(entry -> log.append("\n  ").append(entry.getMessage()));
            return log.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The console messages since the last look (reading them empties Chromium's buffer). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get("browser").getAll().stream().map(e -> e.getMessage()).toList();
    }

    public void waitForUrl(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    public WebElement waitForText(By by, String text) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" did not appear in " + by + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText() + console() + trace(), e);
        }
        return driver.findElement(by);
    }

    /** Opens a page of the app and waits until its shell has routed (the page's own content may still load). */
    public void go(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Signs in through the app's button and Keycloak's real form, back in the app. */
    public void signIn(String appUrl, String username) {
        go(appUrl + "/");
        waitFor(By.id("login")).click();
        signInAtKeycloak(username, username);
        waitForUrl(appUrl);
        waitFor(By.id("logout"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Lets the page's downloads land in {@code dir} (Chromium's DevTools protocol). */
    public void downloadsTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Fills in and submits Keycloak's real login form. */
    public void signInAtKeycloak(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Scrolls the element to the top of the screen (before a screenshot). */
    public void scrollTo(By by) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", waitFor(by));
    }

    /** Saves a screenshot into target/screenshots (build output). */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("build.directory", "target"), "screenshots");
        try {
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            Folders.deleteTree(profile);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
