package org.preventduty.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.support.BrowserTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Barnet's delivery officer changes an organisation's details and varies a contract to add the Prevent duty clause in a
 * real browser with the demo data, and opens a grant and a venue hire check; every page, with its change history, is
 * checked with axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class PartnersBrowserIntegrationTests {

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

    @Test
    void theDeliveryOfficerChangesAnOrganisationAndVariesAContractWithTheirHistories() {
        signIn("delivery-officer@barnet.example");
        open("/partners");
        assertAccessible(driver);
        driver.findElements(By.cssSelector("tbody th a")).get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(".*/partners/[0-9a-f-]{36}$"));
        driver.findElement(By.linkText("Change the details")).click();
        onPage("Change the details");
        assertAccessible(driver);
        var name = driver.findElement(By.id("name"));
        var was = name.getAttribute("value");
        name.clear();
        submit("Save the changes");
        onPage("Error: Change the details");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains(driver.findElement(By.id("name-error"))
                        .getText()
                        .replace("Error:", "")
                        .strip());
        assertAccessible(driver);
        driver.findElement(By.id("name")).sendKeys(was);
        var sector = driver.findElement(By.id("sector"));
        sector.clear();
        sector.sendKeys("Education (changed)");
        submit("Save the changes");
        assertThat(text()).contains("The details were changed.").contains("Education (changed)");
        assertAccessible(driver);

        open("/partners/funding");
        assertAccessible(driver);
        driver.findElement(By.linkText("Security at council buildings")).click();
        onPage("Contract for Security at council buildings");
        assertAccessible(driver);
        driver.findElement(By.linkText("Change the contract")).click();
        onPage("Change the contract");
        assertAccessible(driver);
        driver.findElement(By.cssSelector("label[for='preventClause1']")).click();
        submit("Save the changes");
        onPage("Contract for Security at council buildings");
        assertThat(text())
                .contains("The contract was changed.")
                .contains("Missing")
                .contains("Included");
        assertAccessible(driver);

        open("/partners/funding");
        driver.findElement(By.linkText("Home Office Prevent grant")).click();
        onPage("Home Office Prevent grant");
        assertAccessible(driver);

        open("/partners/venues");
        assertAccessible(driver);
        driver.findElements(By.cssSelector("tbody td a")).get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/partners/venues/"));
        assertThat(text()).contains("Correct the venue hire check");
        assertAccessible(driver);
    }

    private void signIn(String email) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("demo-only-password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
    }

    private String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void submit(String button) {
        var element = driver.findElements(By.tagName("button")).stream()
                .filter(b -> button.equals(b.getText().strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + button + " on " + driver.getTitle()));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(element));
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private void onPage(String titlePart) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getTitle().contains(titlePart));
    }
}
