package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
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
import org.preventduty.support.SystemSql;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The training journey in a real browser: the demo training admin imports a staff list and an e-learning export, sees
 * what each will change before confirming, reads Barnet's coverage on 31 December 2020 and finds the priority list.
 * Every page on the way is checked with axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class})
class TrainingBrowserIntegrationTests {

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
    void theTrainingAdminImportsListsAndReadsBarnetsCoverage() throws Exception {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys("training-admin@barnet.example");
        driver.findElement(By.id("password")).sendKeys("demo-only-password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));

        var staff = Files.createTempFile("staff", ".csv");
        Files.writeString(
                staff,
                TrainingApiIntegrationTests.HEADER
                        + "NEW001,Tamsin Vale,,The council,Adults and Health,Social worker,2,2021-02-01,\n"
                        + "NEW002,Broken Line,,The council,Adults and Health,Social worker,7,,\n");
        open("/training/imports/new?kind=STAFF");
        assertAccessible(driver);
        driver.findElement(By.id("file")).sendKeys(staff.toString());
        submit("Check the file");
        onPage("What the import will do");
        assertAccessible(driver);
        assertThat(text()).contains("required_tier must be 1, 2 or 3");
        submit("Import the good lines");
        onPage("Training coverage");
        assertThat(text()).contains("Imported");

        var completions = Files.createTempFile("elearning", ".csv");
        Files.writeString(completions, "staff_id,course_code,completed_on\nNEW001,PREVENT-EL,2021-03-01\n");
        open("/training/imports/new?kind=COMPLETIONS");
        driver.findElement(By.id("file")).sendKeys(completions.toString());
        submit("Check the file");
        onPage("What the import will do");
        submit("Import the good lines");
        onPage("Training coverage");

        open("/training?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31");
        onPage("Training coverage");
        assertAccessible(driver);
        var adults = driver.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.getText())
                .filter(row -> row.startsWith("Adults and Health"))
                .findFirst()
                .orElseThrow();
        assertThat(adults).isEqualTo("Adults and Health 302 287 35 95.0%");
        assertThat(driver.findElement(By.linkText("Staff not trained in the past 36 months, longest gap first (CSV)"))
                        .getAttribute("href"))
                .contains("/training/lists/not-trained.csv");
    }

    @Test
    void theTrainingAdminPlansASessionInvitesWhoNeedsItAndRecordsWhoCame() throws Exception {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys("training-admin@barnet.example");
        driver.findElement(By.id("password")).sendKeys("demo-only-password", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));

        open("/training/sessions");
        onPage("Sessions");
        assertAccessible(driver);
        assertThat(text()).contains("Open WRAP sessions, monthly");
        open("/training/sessions/new");
        assertAccessible(driver);
        submit("Plan the session");
        onPage("Error: Plan a session");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Choose a course")
                .contains("Enter the day of the session");
        assertAccessible(driver);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("courseCode"))).selectByValue("WRAP3");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        driver.findElement(By.id("onDay")).sendKeys(String.valueOf(today.getDayOfMonth()));
        driver.findElement(By.id("onMonth")).sendKeys(String.valueOf(today.getMonthValue()));
        driver.findElement(By.id("onYear")).sendKeys(String.valueOf(today.getYear()));
        driver.findElement(By.id("startsAt")).sendKeys("09:30");
        driver.findElement(By.id("venue")).sendKeys("Committee Room 1");
        driver.findElement(By.id("capacity")).sendKeys("3");
        driver.findElement(By.id("department")).sendKeys("Environment");
        submit("Plan the session");
        onPage("WRAP3 on");
        assertAccessible(driver);
        assertThat(text()).contains("Invite these 3");
        submit("Invite these 3");
        onPage("WRAP3 on");
        assertThat(text()).contains("Invitations made: 3.");
        driver.findElement(By.cssSelector("label[for='attended-0']")).click();
        submit("Record attendance");
        onPage("WRAP3 on");
        assertThat(text()).contains("Attendance recorded: 1 came").contains("Delivered");
        assertAccessible(driver);

        driver.findElement(By.cssSelector("main table a.govuk-link")).click();
        onPage(" ");
        assertAccessible(driver);
        assertThat(text()).contains("Training completed").contains("A session");

        for (var page : List.of(
                "/training/trainers",
                "/training/trainers/new",
                "/training/institutions",
                "/training/courses",
                "/training/courses/new",
                "/training/rules/new",
                "/training/reminders")) {
            open(page);
            assertAccessible(driver);
        }
        open("/training?by=group");
        assertAccessible(driver);
        assertThat(text()).contains("Staff or elected members");
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
