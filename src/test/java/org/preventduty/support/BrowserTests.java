package org.preventduty.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The harness of the browser tests: a real headless Chromium driven by Selenium, and axe-core run on every page a test
 * visits, failing on any WCAG 2.2 A or AA violation. With {@code -Dpdm.browser-tests=required} (as CI runs) a missing
 * Chromium fails the tests; by default they are reported as not run when Chromium is not installed.
 */
public final class BrowserTests {

    private static final Path CHROMIUM = Path.of(System.getProperty("pdm.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("pdm.chromedriver", "/usr/bin/chromedriver"));
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private BrowserTests() {}

    /**
     * A new headless Chromium; fails the test when there is none. Browser tests are tagged {@code browser}, and the
     * build leaves them out of the suite where ChromeDriver is not installed (see the browser profiles of the POM).
     */
    public static WebDriver chromium() {
        var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        assertThat(installed)
                .as("Chromium at " + CHROMIUM + " and ChromeDriver at " + DRIVER)
                .isTrue();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,900");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // Elements are looked for until they appear, so that a test does not race the page load after a submit.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Waits until an element has left the page, as it does when its form is submitted and the next page loads. Chromium
     * sometimes reports a node of the old page as not belonging to the document instead of as stale; both mean gone.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(
            org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Runs axe-core on the page shown and fails with every WCAG 2.2 A or AA violation it finds, and with any error the
     * browser logged (a script refused by the content security policy, a missing asset).
     */
    @SuppressWarnings("unchecked")
    public static void assertAccessible(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        var result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): '"
                        + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))"
                        + ".catch(e => done({error: String(e)}));",
                WCAG);
        assertThat(result.get("error"))
                .as("axe-core on " + driver.getCurrentUrl())
                .isNull();
        assertThat((List<String>) result.get("violations"))
                .as("WCAG 2.2 A/AA violations on " + driver.getCurrentUrl())
                .isEmpty();
        var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                // A 4xx status of the page itself is logged too; the page is what the test asked for.
                .filter(message -> !message.contains("the server responded with a status of 4"))
                .toList();
        assertThat(errors).as("browser errors on " + driver.getCurrentUrl()).isEmpty();
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = BrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }
}
