package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.BrowserTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Every page of the foundation, in a real browser, checked with axe-core, and the main journeys by keyboard. */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class PagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

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

    private void signIn(String email, String password) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
    }

    @Test
    void publicPagesAreAccessible() {
        for (var path : new String[] {
            "/sign-in",
            "/sign-in?error",
            "/accessibility",
            "/privacy",
            "/cookies",
            "/signed-out",
            "/signed-out?reason=timeout",
            "/set-password/not-a-real-link"
        }) {
            open(path);
            assertThat(driver.getTitle()).endsWith("Prevent Duty Manager");
            assertAccessible(driver);
        }
        open("/sign-in?error");
        assertThat(driver.getTitle()).startsWith("Error: ");
    }

    @Test
    void anAdministratorsPagesAreAccessible() {
        signIn("tenant-admin@barnet.example", "demo-only-password");
        assertThat(driver.getCurrentUrl()).endsWith("/home");
        assertAccessible(driver);
        for (var path : new String[] {
            "/account",
            "/admin/users",
            "/admin/users?q=lead",
            "/admin/users/new",
            "/admin/api-keys",
            "/admin/api-keys/new",
            "/admin/users/00000000-0000-0000-0000-000000000001"
        }) {
            open(path);
            assertAccessible(driver);
        }

        open("/admin/users/new");
        driver.findElement(By.cssSelector("form[action='/admin/users/new'] button"))
                .click();
        waitForTitle("Error: ");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed())
                .isTrue();
        assertAccessible(driver);

        open("/admin/users?q=prevent-lead");
        driver.findElement(By.linkText(
                        driver.findElement(By.cssSelector("tbody a")).getText()))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/users/"));
        assertAccessible(driver);
        driver.findElement(By.partialLinkText("Change")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/roles"));
        assertAccessible(driver);

        open("/admin/api-keys/new");
        driver.findElement(By.id("name")).sendKeys("hr-feed");
        driver.findElement(By.cssSelector("input[value='TRAINING_ADMIN']")).click();
        driver.findElement(By.cssSelector("form[action='/admin/api-keys/new'] button"))
                .click();
        assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText())
                .isEqualTo("API key created");
        assertAccessible(driver);
        open("/admin/api-keys");
        assertThat(driver.getPageSource()).contains("hr-feed");
        assertAccessible(driver);
    }

    @Test
    void anAuditorsPagesAreAccessible() {
        signIn("auditor@barnet.example", "demo-only-password");
        for (var path : new String[] {
            "/audit",
            "/audit?action=SIGN_IN",
            "/audit?from=2026-99-99",
            "/audit/access-log?subjectType=USER&subjectId=x",
            "/audit/verification"
        }) {
            open(path);
            assertAccessible(driver);
        }
    }

    @Test
    void twoFactorPagesAreAccessible() {
        var user = fixtures.userWithTwoFactors(fixtures.tenant(), Role.REFERRER);
        signIn(user.email(), IdentityFixtures.PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in/two-factor");
        assertAccessible(driver);
        driver.findElement(By.id("code")).sendKeys("000000", Keys.ENTER);
        waitForTitle("Error: ");
        assertAccessible(driver);
        open("/sign-in/recovery-code");
        assertAccessible(driver);
        driver.findElement(By.id("code")).sendKeys(user.recoveryCodes().get(0), Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));

        open("/account");
        assertAccessible(driver);
    }

    @Test
    void settingUpTwoFactorAuthenticationIsAccessible() {
        signIn("referrer@westminster.example", "demo-only-password");
        open("/account");
        driver.findElement(By.linkText("Set up two-factor authentication")).click();
        assertThat(driver.findElement(By.cssSelector("img.app-qr-code")).getAttribute("alt"))
                .contains("QR code");
        assertAccessible(driver);
        driver.findElement(By.id("code")).sendKeys("12", Keys.ENTER);
        waitForTitle("Error: ");
        assertAccessible(driver);
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        open("/sign-in");
        var active = driver.switchTo().activeElement();
        active.sendKeys(Keys.TAB);
        var skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        skip.sendKeys(Keys.ENTER);
        // The skip link moves focus to the main content; the first field is the next stop.
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        var field = driver.switchTo().activeElement();
        for (int i = 0; i < 10 && !"email".equals(field.getAttribute("id")); i++) {
            field.sendKeys(Keys.TAB);
            field = driver.switchTo().activeElement();
        }
        assertThat(field.getAttribute("id")).isEqualTo("email");
        field.sendKeys("prevent-lead@birmingham.example", Keys.TAB);
        driver.switchTo().activeElement().sendKeys("demo-only-password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Birmingham City Council");
    }

    private void waitForTitle(String start) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith(start));
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("referrer@wolverhampton.example", "demo-only-password");
        driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signed-out"));
        assertAccessible(driver);
        open("/home");
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    }
}
