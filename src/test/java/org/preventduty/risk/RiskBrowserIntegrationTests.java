package org.preventduty.risk;

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
 * The consultation journey in a real browser with the demo data: Barnet's delivery officer opens the risk assessment,
 * sends a partner a questionnaire link, signs out, and the partner answers at the link without an account; the answer
 * is then on the consultation page. On the way a risk is rated again and an action opened. Every page is checked with
 * axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class RiskBrowserIntegrationTests {

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
    void theDeliveryOfficerSendsALinkAndThePartnerAnswersWithoutAnAccount() {
        signIn("delivery-officer@barnet.example");
        open("/risk");
        assertAccessible(driver);
        assertThat(text())
                .contains("Barnet Radicalisation and Counter Terrorism Risk Assessment")
                .contains("Heat map");
        driver.findElement(By.linkText("Consultation of partners")).click();
        onPage("Consultation of partners");
        assertAccessible(driver);
        submit("Make the link");
        onPage("Error: Consultation of partners");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Name the organisation.");
        assertAccessible(driver);
        driver.findElement(By.id("organisation")).sendKeys("Barnet Homes (demo)");
        driver.findElement(By.id("email")).sendKeys("prevent@homes.example");
        submit("Make the link");
        onPage("Consultation of partners");
        var made = driver.findElement(By.id("made-link")).getText();
        // The link names the address the service is reached at (PDM_BASE_URL), never the host the browser asked for.
        assertThat(made).startsWith("http://localhost:8080/consultation/");
        var link = "http://127.0.0.1:" + port + made.substring(made.indexOf("/consultation/"));
        open("/risk");
        driver.findElement(By.linkText("Online radicalisation of young people")).click();
        onPage("Online radicalisation of young people");
        assertAccessible(driver);
        driver.findElement(By.linkText("Change or rerate the risk")).click();
        onPage("Change or rerate the risk");
        assertAccessible(driver);
        driver.findElement(By.id("title")).clear();
        driver.findElement(By.xpath("//label[normalize-space()='2: Unlikely']")).click();
        submit("Save the changes");
        onPage("Error: Change or rerate the risk");
        assertAccessible(driver);
        driver.findElement(By.id("title")).sendKeys("Online radicalisation of young people");
        submit("Save the changes");
        onPage("Online radicalisation of young people");
        assertThat(text()).contains("The risk was changed").contains("Change history");
        assertAccessible(driver);
        open("/risk/actions");
        assertAccessible(driver);
        driver.findElements(By.cssSelector(".govuk-summary-card__title a"))
                .get(0)
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/risk/actions/"));
        assertThat(text()).contains("Change the action").contains("Change history");
        assertAccessible(driver);
        driver.findElement(By.linkText("Record progress")).click();
        onPage("Record progress");
        assertAccessible(driver);
        submit("Record progress");
        onPage("Error: Record progress");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Describe the progress.");
        assertAccessible(driver);
        driver.findElement(By.id("note")).sendKeys("Two sessions held with the youth service.");
        submit("Record progress");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/risk/actions/"));
        assertThat(text()).contains("Progress was recorded").contains("Two sessions held with the youth service.");
        open("/risk/toolkit");
        assertAccessible(driver);
        driver.findElement(By.linkText("Rate a section")).click();
        onPage("Rate a section");
        assertAccessible(driver);

        driver.manage().deleteAllCookies();
        driver.get(link);
        onPage("Prevent risk assessment consultation");
        assertAccessible(driver);
        assertThat(text()).contains("Barnet Homes (demo)");
        submit("Send the answers");
        onPage("Error: Prevent risk assessment consultation");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Answer at least one question.");
        assertAccessible(driver);
        var first = driver.findElements(By.tagName("textarea")).get(0);
        first.sendKeys("Young people in temporary housing are targeted online.");
        submit("Send the answers");
        onPage("Thank you");
        assertAccessible(driver);
        driver.get(link);
        onPage("This link has been answered");

        signIn("delivery-officer@barnet.example");
        open("/risk");
        driver.findElement(By.linkText("Consultation of partners")).click();
        onPage("Consultation of partners");
        assertThat(text())
                .contains("Barnet Homes (demo): Young people in temporary housing are targeted online.")
                .contains("Answered on");
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
