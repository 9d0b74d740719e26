package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.support.BrowserTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The warning before the idle timeout, and staying signed in from it (WCAG 2.2 SC 2.2.1). */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "service.demo.enabled=true",
            "service.identity.idle-timeout=PT14S",
            "service.identity.idle-warning=PT11S"
        })
class SessionTimeoutBrowserIntegrationTests {

    @LocalServerPort
    int port;

    WebDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void warnsBeforeTheTimeoutAndLetsTheUserStaySignedIn() {
        driver = BrowserTests.chromium();
        driver.get("http://127.0.0.1:" + port + "/sign-in");
        driver.findElement(By.id("email")).sendKeys("prevent-lead@barnet.example");
        driver.findElement(By.id("password")).sendKeys("demo-only-password");
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));

        var dialog = new WebDriverWait(driver, Duration.ofSeconds(8))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-timeout")));
        assertThat(dialog.getText()).contains("You are about to be signed out");
        assertAccessible(driver);

        dialog.findElement(By.cssSelector("[data-session-extend]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-timeout")));

        // The warning came after 3 seconds; staying signed in renewed the 14-second session.
        sleep(Duration.ofSeconds(8));
        driver.get("http://127.0.0.1:" + port + "/account");
        assertThat(driver.getCurrentUrl()).endsWith("/account");
    }

    @Test
    void signsTheUserOutWhenTheyDoNothing() {
        driver = BrowserTests.chromium();
        driver.get("http://127.0.0.1:" + port + "/sign-in");
        driver.findElement(By.id("email")).sendKeys("referrer@barnet.example");
        driver.findElement(By.id("password")).sendKeys("demo-only-password");
        driver.findElement(By.cssSelector("form[action='/sign-in'] button")).click();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/signed-out"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You have been signed out");
        driver.get("http://127.0.0.1:" + port + "/home");
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
