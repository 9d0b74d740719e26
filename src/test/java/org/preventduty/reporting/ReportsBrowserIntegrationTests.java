package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.support.BrowserTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home pages and the reports in a real browser, checked with axe-core, and the committee report made with the
 * keyboard alone by Barnet's demo Prevent lead.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
class ReportsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void start() {
        driver = BrowserTests.chromium();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private void signIn(String email) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("demo-only-password");
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/home"));
    }

    @Test
    void eachRolesHomePageAndTheReportPagesAreAccessible() {
        for (var role :
                new String[] {"prevent-lead", "channel-chair", "training-admin", "delivery-officer", "report-viewer"}) {
            signIn(role + "@barnet.example");
            assertAccessible(driver);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("What needs your attention");
            driver.manage().deleteAllCookies();
        }
        signIn("prevent-lead@barnet.example");
        for (var path : new String[] {
            "/reports/trends",
            "/reports/equality",
            "/reports/equality/population",
            "/reports/referral-statistics",
            "/reports/committee",
            "/reports/committee/new"
        }) {
            open(path);
            assertAccessible(driver);
        }
        open("/reports/committee/new");
        driver.findElement(By.id("committee")).clear();
        driver.findElement(By.cssSelector("form[action='/reports/committee'] button"))
                .click();
        assertAccessible(driver);
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter the committee the report goes to.");
    }

    /** Tabs on from the element that has focus to the one the condition names, as a keyboard user would. */
    private WebElement tabTo(java.util.function.Predicate<WebElement> target, String what) {
        var active = driver.switchTo().activeElement();
        for (var i = 0; i < 80; i++) {
            active.sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
            if (target.test(active)) {
                return active;
            }
        }
        throw new AssertionError("no keyboard stop reached " + what);
    }

    @Test
    void theLeadMakesTheCommitteeReportWithTheKeyboardAlone() {
        signIn("prevent-lead@barnet.example");
        open("/reports/committee/new");
        driver.findElement(By.tagName("body")).click();
        tabTo(e -> "committee".equals(e.getAttribute("id")), "the committee")
                .sendKeys("Adults and Safeguarding Committee");
        for (var field : new String[][] {
            {"fromDay", "1"},
            {"fromMonth", "1"},
            {"fromYear", "2018"},
            {"toDay", "31"},
            {"toMonth", "12"},
            {"toYear", "2020"}
        }) {
            var input = tabTo(e -> field[0].equals(e.getAttribute("name")), field[0]);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), field[1]);
        }
        tabTo(e -> "submit".equals(e.getAttribute("type")), "the button").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/reports/committee/[0-9a-f-]{36}$"));
        assertAccessible(driver);

        tabTo(e -> "words[TRAINING]".equals(e.getAttribute("name")), "the training words")
                .sendKeys("Adults and Health staff have been trained since January 2018.");
        tabTo(e -> "submit".equals(e.getAttribute("type")), "save").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("The words were saved as a new revision."));

        driver.findElement(By.tagName("body")).click();
        tabTo(e -> e.getText().equals("Preview the report"), "the preview").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/preview"));
        assertAccessible(driver);
        assertThat(driver.getPageSource())
                .contains("Adults and Health staff have been trained since January 2018.")
                .contains(">302<")
                .contains(">287<");
    }
}
