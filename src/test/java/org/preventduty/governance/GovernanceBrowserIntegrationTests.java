package org.preventduty.governance;

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
 * The governance journey in a real browser with the demo data: Barnet's delivery officer reads the board schedule for
 * 17 February 2020 and records a board update; Wolverhampton's opens its scrutiny review, reads 16 recommendations
 * (12 / 2 / 2) and signs it off, then prepares a quarterly return. Every page is checked with axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class GovernanceBrowserIntegrationTests {

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
    void barnetsDeliveryOfficerSeesWhichBoardUpdatesAreDueAndRecordsOne() {
        signIn("delivery-officer@barnet.example");

        open("/governance?asOf=2020-02-17");
        assertAccessible(driver);
        assertThat(text()).contains("2 board updates are overdue.");
        var rows = driver.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.getText())
                .toList();
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().filter(row -> row.contains("Overdue"))).hasSize(2);
        assertThat(rows.stream().filter(row -> row.startsWith("The Health and Wellbeing Board")))
                .singleElement()
                .asString()
                .contains("24 Jan 2020 Overdue");

        driver.findElement(By.linkText("The Health and Wellbeing Board")).click();
        onPage("The Health and Wellbeing Board");
        assertAccessible(driver);
        driver.findElement(By.linkText("Record an update")).click();
        onPage("Record an update");
        assertAccessible(driver);
        clear("givenOnDay", "givenOnMonth", "givenOnYear");
        submit("Record the update");
        onPage("Error: Record an update");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the day the update was given.")
                .contains("Enter the paper that was presented.");
        assertAccessible(driver);
        driver.findElement(By.id("givenOnDay")).sendKeys("4");
        driver.findElement(By.id("givenOnMonth")).sendKeys("3");
        driver.findElement(By.id("givenOnYear")).sendKeys("2020");
        driver.findElement(By.id("paper")).sendKeys("Update on the Delivery of the Prevent Duty");
        driver.findElement(By.id("outcome")).sendKeys("Noted");
        submit("Record the update");
        onPage("The Health and Wellbeing Board");
        assertThat(text()).contains("The update was recorded").contains("4 March 2021");

        driver.findElement(By.linkText("Change the board")).click();
        onPage("Change the board");
        assertAccessible(driver);
        driver.findElement(By.xpath("//label[normalize-space()='Twice a year']"))
                .click();
        submit("Save the changes");
        onPage("The Health and Wellbeing Board");
        assertThat(text())
                .contains("The board was changed")
                .contains("4 September 2020")
                .contains("Change history");
        assertAccessible(driver);
    }

    @Test
    void wolverhamptonsDeliveryOfficerSignsOffTheScrutinyReviewAndPreparesAReturn() {
        signIn("delivery-officer@wolverhampton.example");

        open("/governance/reviews");
        assertAccessible(driver);
        driver.findElement(By.partialLinkText("Prevent Scrutiny Review")).click();
        onPage("Prevent Scrutiny Review");
        assertAccessible(driver);
        assertThat(driver.findElement(By.id("summary")).getText()).isEqualTo("16 12 2 2 16 0");
        assertThat(driver.findElements(By.cssSelector(".govuk-summary-card"))).hasSize(16);
        submit("Sign off the review");
        onPage("Prevent Scrutiny Review");
        assertThat(text()).contains("The review was signed off.").contains("Signed off on");

        open("/governance/returns");
        assertAccessible(driver);
        driver.findElement(By.linkText("Prepare a return")).click();
        onPage("Prepare a return");
        assertAccessible(driver);
        submit("Prepare the return");
        onPage("Monitoring return");
        assertAccessible(driver);
        assertThat(text()).contains("Channel panel meetings held").contains("Staff in post who must be trained");
        assertThat(driver.findElement(By.linkText("Download as Word")).getAttribute("href"))
                .endsWith(".docx");
    }

    private void signIn(String email) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("demo-only-password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
    }

    private void clear(String... ids) {
        for (var id : ids) {
            driver.findElement(By.id(id)).clear();
        }
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
