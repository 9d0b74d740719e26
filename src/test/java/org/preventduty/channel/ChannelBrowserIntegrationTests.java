package org.preventduty.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.referrals.ScreeningDecision;
import org.preventduty.referrals.ScreeningOutcome;
import org.preventduty.shared.TenantId;
import org.preventduty.support.BrowserTests;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The Channel journey in a real browser: the demo Prevent lead takes an accepted referral to a panel meeting, the demo
 * chair records the adoption, the support plan, consent and an intervention, exits the case and finds the two reviews
 * after exit in the task list. Every page on the way is checked with axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ChannelBrowserIntegrationTests {

    private static final String PASSWORD = "demo-only-password";

    @LocalServerPort
    int port;

    @Autowired
    ReferralFixtures referrals;

    @Autowired
    SystemSql sql;

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
    void theLeadTakesAnAcceptedReferralToPanelAndTheChairAdoptsSupportsAndExitsIt() {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var submitted = referrals.submit(
                demoUser("referrer@barnet.example"),
                ReferralFixtures.complete("Marley", "Quinton", LocalDate.of(1996, 3, 9))
                        .build());
        var caseId = referrals
                .decide(
                        demoUser("prevent-lead@barnet.example"),
                        submitted.id(),
                        new ScreeningDecision(
                                ScreeningOutcome.ACCEPTED_FOR_CHANNEL, true, "Clear vulnerability.", null, null))
                .channelCaseId();

        signIn("prevent-lead@barnet.example");
        open("/channel/cases?status=INFORMATION_GATHERING");
        onPage("Channel cases");
        assertAccessible(driver);
        assertThat(text()).contains("Marley Quinton");

        open("/channel/meetings/new");
        onPage("Plan a meeting");
        assertAccessible(driver);
        submit("Plan the meeting");
        onPage("Error: Plan a meeting");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the day of the meeting");
        assertAccessible(driver);
        typeDay("heldOn", today);
        driver.findElement(By.id("chairName")).sendKeys("Chair of the panel");
        driver.findElement(By.name("attendees[0].name")).sendKeys("Chair of the panel");
        driver.findElement(By.name("attendees[0].organisation")).sendKeys("London Borough of Barnet");
        driver.findElement(By.name("attendees[1].name")).sendKeys("DS Harper Vance");
        driver.findElement(By.name("attendees[1].organisation")).sendKeys("Counter Terrorism Policing");
        choose("caseIds", caseId.toString());
        submit("Plan the meeting");

        onPage("Panel meeting");
        assertAccessible(driver);
        assertThat(text()).contains("no decision can be recorded");
        choose("present", "0");
        choose("present", "1");
        submit("Save attendance");
        onPage("Panel meeting");
        assertThat(text()).doesNotContain("no decision can be recorded");
        submit("Publish the agenda");
        onPage("Panel meeting");
        driver.findElement(By.id("minutes-0")).sendKeys("The panel discussed the school's account and police checks.");
        submit("Save the minutes");
        onPage("Panel meeting");
        submit("Add the action");
        onPage("Error: Panel meeting");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the action")
                .contains("Enter who owns the action");
        assertAccessible(driver);

        open("/channel/cases/" + caseId + "/information-requests/new");
        onPage("Ask a partner agency for information");
        submit("Save the request");
        onPage("Error: Ask a partner agency for information");
        assertAccessible(driver);
        open("/channel/cases/" + caseId + "/assessments/new");
        onPage("Record an assessment");
        submit("Save the assessment");
        onPage("Error: Record an assessment");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter who made the assessment")
                .contains("Rate the factor");
        assertAccessible(driver);
        open("/channel/panel-members");
        onPage("Standing panel members");
        submit("Add the member");
        onPage("Error: Standing panel members");
        assertAccessible(driver);
        signOut();

        signIn("channel-chair@barnet.example");
        open("/channel/cases/" + caseId);
        onPage("CH-");
        assertAccessible(driver);
        follow("Panel");
        onPage("Panel: CH-");
        assertAccessible(driver);
        follow("Record the panel's decision");
        onPage("Record the panel's decision");
        assertAccessible(driver);
        submit("Save the decision");
        onPage("Error: Record the panel's decision");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select whether the panel adopted the case")
                .contains("Select how the panel decided")
                .contains("Enter the reasons for the decision");
        assertAccessible(driver);
        choose("decision", "ADOPTED");
        choose("rule", "UNANIMOUS");
        driver.findElement(By.id("reasons")).sendKeys("Engaged with extremist material and isolated; support agreed.");
        submit("Save the decision");
        // The answers are shown to check; changing one goes back to the question with every answer kept.
        onPage("Check your answers");
        assertAccessible(driver);
        assertThat(text()).contains("Adopted").contains("Unanimous").contains("Engaged with extremist material");
        assertThat(status(caseId)).isEqualTo("DISCUSSED");
        var change = driver.findElement(By.cssSelector("button[name=change][value=reasons]"));
        change.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(change));
        onPage("Record the panel's decision");
        driver.findElement(By.id("reasons")).sendKeys(" Reviewed in three months.");
        submit("Save the decision");
        onPage("Check your answers");
        assertThat(text()).contains("support agreed. Reviewed in three months.");
        submit("Save the decision");
        onPage("Panel: CH-");
        assertThat(status(caseId)).isEqualTo("ADOPTED");

        follow("Support");
        onPage("Support: CH-");
        assertAccessible(driver);
        follow("Write the support plan");
        onPage("Write the support plan");
        assertAccessible(driver);
        driver.findElement(By.id("support")).sendKeys("Fortnightly mentoring by an approved provider.");
        driver.findElement(By.id("consentHow")).sendKeys("In person, with the lead professional");
        driver.findElement(By.id("consentBy")).sendKeys("The Channel coordinator");
        typeDay("consentOn", today.plusDays(7));
        submit("Save the plan and ask for consent");
        confirm("Save the plan and ask for consent");
        assertThat(status(caseId)).isEqualTo("CONSENT_REQUESTED");

        follow("Record consent");
        onPage("Record the answer to the request for consent");
        assertAccessible(driver);
        // With the keyboard only: each radio chosen with the space bar, the form sent with Enter from its button,
        // and the answers checked and confirmed the same way.
        driver.findElement(By.cssSelector("input[name=status][value=GIVEN]")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("input[name=givenBy][value=PERSON]")).sendKeys(Keys.SPACE);
        var save = driver.findElement(By.id("recordedOnYear"));
        save.sendKeys(Keys.TAB, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(save));
        onPage("Check your answers");
        assertAccessible(driver);
        assertThat(text()).contains("Given").contains("The person");
        var confirmed = driver.findElement(By.cssSelector("button[name=confirmed]"));
        confirmed.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(confirmed));
        onPage("Support: CH-");
        assertThat(status(caseId)).isEqualTo("CONSENT_GIVEN");
        assertAccessible(driver);

        follow("Add an intervention");
        onPage("Add an intervention");
        assertAccessible(driver);
        new Select(driver.findElement(By.id("type"))).selectByValue("IDEOLOGICAL_MENTORING");
        driver.findElement(By.id("provider")).sendKeys("Approved Mentoring Ltd");
        choose("approved", "yes");
        driver.findElement(By.id("frequencyDays")).sendKeys("14");
        submit("Add the intervention");
        confirm("Add the intervention");
        assertThat(status(caseId)).isEqualTo("SUPPORT_ACTIVE");

        follow("Exit the case");
        onPage("Exit the case from Channel");
        assertAccessible(driver);
        driver.findElement(By.id("summary")).sendKeys("Vulnerabilities significantly lessened.");
        submit("Exit the case");
        confirm("Exit the case");
        assertThat(status(caseId)).isEqualTo("EXITED");
        assertAccessible(driver);

        // The chronology: every event in words, a note added from the keyboard after its problems are named.
        follow("Chronology");
        onPage("Chronology");
        assertAccessible(driver);
        assertThat(text()).contains("Consent given by the person").contains("Panel decision: Adopted");
        follow("Add a note");
        onPage("Add a note to the chronology");
        assertAccessible(driver);
        submit("Save the note");
        onPage("Error: Add a note to the chronology");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select what the note is about")
                .contains("Enter the note");
        assertAccessible(driver);
        choose("category", "CONTACT");
        driver.findElement(By.id("text")).sendKeys("Phoned the family about the exit.");
        driver.findElement(By.id("text")).sendKeys(Keys.TAB, Keys.ENTER);
        onPage("Chronology");
        assertThat(text()).contains("Contact: Phoned the family about the exit.");
        follow("Documents");
        onPage("Documents");
        assertAccessible(driver);

        // Finding the case from the header by its reference, with the keyboard.
        var caseReference = sql.<String>run(jdbc -> jdbc.sql("select reference from channel_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());
        driver.findElement(By.id("header-search")).sendKeys(caseReference, Keys.ENTER);
        onPage("Channel cases");
        assertAccessible(driver);
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(text()).contains(caseReference);

        // The case officer's page, and the chair's notifications and their email choices.
        open("/channel/cases/" + caseId + "/officer");
        onPage("Choose the case officer");
        assertAccessible(driver);
        submit("Save the case officer");
        onPage("Error: Choose the case officer");
        assertAccessible(driver);
        open("/notifications");
        onPage("Notifications");
        assertAccessible(driver);
        open("/notifications/settings");
        onPage("Notifications by email");
        assertAccessible(driver);

        open("/tasks");
        onPage("Your tasks");
        assertAccessible(driver);
        var reference = sql.<String>run(jdbc -> jdbc.sql("select reference from channel_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());
        var rows = driver.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.getText())
                .filter(row -> row.contains(reference))
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Review 6 months after exit");
        assertThat(rows.get(1)).contains("Review 12 months after exit");
    }

    @Test
    void theDemoPanelMemberOfTwoCouncilsChoosesOneAndSeesOnlyItsPublishedAgendasCases() {
        // A police officer on the panels of Barnet and Westminster: after signing in, the choice of council.
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys("panel-member@barnet.example");
        driver.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/account/council"));
        onPage("Which council are you working for?");
        assertAccessible(driver);
        assertThat(driver.findElements(By.cssSelector("input[name=council]:checked")))
                .as("the council they are signed in to is offered first")
                .hasSize(1);
        driver.findElements(By.cssSelector(".govuk-radios__label")).stream()
                .filter(label -> label.getText().equals("London Borough of Barnet"))
                .findFirst()
                .orElseThrow()
                .click();
        submit("Continue");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
        assertThat(text()).contains("You are working for London Borough of Barnet.");
        assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__service-name"))
                        .getText())
                .contains("London Borough of Barnet")
                .contains("Switch council");
        assertAccessible(driver);
        open("/channel/cases");
        onPage("Channel cases");
        assertAccessible(driver);
        var visible = driver.findElements(By.cssSelector("tbody tr")).size();
        var awaiting = sql.<Long>run(jdbc -> jdbc.sql("select count(distinct i.case_id) from panel_agenda_item i"
                        + " join panel_meeting_attendee a on a.meeting_id = i.meeting_id join app_user u"
                        + " on u.id = a.user_id join panel_meeting m on m.id = i.meeting_id"
                        + " where u.email = 'panel-member@barnet.example' and m.published_at is not null"
                        + " and m.tenant_id = (select id from tenant where code = 'barnet')")
                .query(Long.class)
                .single());
        assertThat((long) visible).isEqualTo(awaiting).isPositive();
        var barnetCases = driver.findElements(By.cssSelector("tbody tr a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        driver.findElement(By.cssSelector("tbody tr a")).click();
        onPage("CH-");
        assertAccessible(driver);
        assertThat(driver.findElements(By.id("reasons"))).isEmpty();

        // Switching to Westminster from the header: none of Barnet's cases, Westminster's published agenda instead.
        driver.findElement(By.linkText("Switch council")).click();
        onPage("Which council are you working for?");
        driver.findElements(By.cssSelector(".govuk-radios__label")).stream()
                .filter(label -> label.getText().equals("Westminster City Council"))
                .findFirst()
                .orElseThrow()
                .click();
        submit("Continue");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
        open("/channel/cases");
        onPage("Channel cases");
        var westminsterCases = driver.findElements(By.cssSelector("tbody tr a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        assertThat(westminsterCases).isNotEmpty().doesNotContainAnyElementsOf(barnetCases);
        open(barnetCases.get(0).replaceFirst("^https?://[^/]+", ""));
        assertThat(driver.getTitle()).doesNotContain("CH-");
    }

    private String status(UUID caseId) {
        return sql.run(jdbc -> jdbc.sql("select status from channel_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());
    }

    private String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void typeDay(String field, LocalDate day) {
        for (var part : List.of("Day", "Month", "Year")) {
            var input = driver.findElement(By.id(field + part));
            input.clear();
            input.sendKeys(String.valueOf(
                    part.equals("Day")
                            ? day.getDayOfMonth()
                            : part.equals("Month") ? day.getMonthValue() : day.getYear()));
        }
    }

    /** Ticks the checkbox or chooses the radio of a value by clicking its label, as a person does. */
    private void choose(String name, String value) {
        var input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        var label = driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", label);
        label.click();
    }

    private void follow(String link) {
        var element = driver.findElement(By.linkText(link));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(element));
    }

    /** On the page that shows a case action's answers to check, checks it and records them. */
    private void confirm(String button) {
        onPage("Check your answers");
        assertAccessible(driver);
        submit(button);
        onPage("Support: CH-");
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

    private TestUser demoUser(String email) {
        List<Object> row = sql.run(jdbc -> jdbc.sql("select id, tenant_id from app_user where email = ?")
                .param(email)
                .query((rows, n) -> List.<Object>of(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)))
                .single());
        return new TestUser((UUID) row.get(0), new TenantId((UUID) row.get(1)), email, null, List.of());
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private void signIn(String email) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/home"));
    }

    private void signOut() {
        driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signed-out"));
    }

    private void onPage(String titlePart) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "on " + driver.getTitle() + ": "
                        + driver.findElements(By.cssSelector(".govuk-error-summary")).stream()
                                .map(summary -> summary.getText())
                                .toList())
                .until(d -> d.getTitle().contains(titlePart));
    }
}
