package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.BrowserTests.assertAccessible;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.preventduty.shared.TenantId;
import org.preventduty.support.BrowserTests;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The referral journey in a real browser: a demo referrer makes a referral with the keyboard alone, the demo Prevent
 * lead finds it in the queue with its possible match, links it and decides it, and the referrer reads the feedback.
 * Every page on the way is checked with axe-core.
 */
@org.junit.jupiter.api.Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ReferralBrowserIntegrationTests {

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
    void aReferrerMakesAReferralByKeyboardAndTheLeadDecidesItAndTheReferrerSeesTheFeedback() {
        var earlier = referrals.submit(
                demoUser("referrer@barnet.example"),
                ReferralFixtures.complete("Kacper", "Nowakowski", LocalDate.of(2009, 5, 5))
                        .build(),
                LocalDate.now().minusMonths(6));

        signIn("referrer@barnet.example");
        open("/referrals/new");
        assertAccessible(driver);
        press(tabToText("Start now"), Keys.ENTER);

        onPage("Is anyone in immediate danger?");
        var danger = tabTo("immediateRisk");
        danger.sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("immediateRisk-2")).isSelected()).isTrue();
        saveAndContinue();

        onPage("What is the person");
        type("givenName", "Kasper");
        type("familyName", "Nowakowski");
        saveAndContinue();

        onPage("date of birth");
        // A date that does not exist first: the error is announced, then corrected.
        type("dateOfBirthDay", "31");
        type("dateOfBirthMonth", "2");
        type("dateOfBirthYear", "2009");
        saveAndContinue();
        onPage("Error: ");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Date of birth must be a real date");
        assertAccessible(driver);
        clear("dateOfBirthDay");
        clear("dateOfBirthMonth");
        type("dateOfBirthDay", "5");
        type("dateOfBirthMonth", "5");
        saveAndContinue();

        onPage("sex");
        tabTo("sex").sendKeys(Keys.SPACE);
        saveAndContinue();

        onPage("Where does the person live?");
        type("postcode", "N3 1AA");
        saveAndContinue();

        onPage("school, college or employer");
        type("educationOrEmployment", "Hillside Academy");
        saveAndContinue();

        onPage("languages");
        type("languages", "English, Polish");
        saveAndContinue();

        onPage("Who lives with the person?");
        type("memberName", "Ewa Nowakowska");
        type("memberRelationship", "mother");
        press(tabToText("Add this person"), Keys.ENTER);
        onPage("Who lives with the person?");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ewa Nowakowska");
        assertAccessible(driver);
        saveAndContinue();

        onPage("agencies");
        saveAndContinue();

        onPage("What did you see or hear");
        type("summary", "Shared far-right propaganda in a class group chat and praised an attacker.");
        saveAndContinue();

        onPage("When and where");
        type("whenSeen", "Last Tuesday");
        saveAndContinue();

        onPage("What have you noticed?");
        tabTo("indicators").sendKeys(Keys.SPACE);
        saveAndContinue();

        onPage("online activity");
        saveAndContinue();

        onPage("ideology or cause");
        var concern = tabTo("typeOfConcern");
        concern.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.findElement(By.id("typeOfConcern-2")).isSelected()).isTrue();
        saveAndContinue();

        onPage("other needs");
        saveAndContinue();

        onPage("What has been done so far?");
        saveAndContinue();

        onPage("Does anyone know");
        saveAndContinue();

        onPage("Your details");
        type("referrerRole", "Designated safeguarding lead");
        tabTo("referrerSector").sendKeys(Keys.SPACE);
        saveAndContinue();

        onPage("How can the Prevent lead contact you?");
        assertThat(driver.findElement(By.id("referrerEmail")).getAttribute("value"))
                .isEqualTo("referrer@barnet.example");
        saveAndContinue();

        onPage("Equality monitoring");
        tabTo("ethnicity").sendKeys("White");
        tabTo("religion").sendKeys("No");
        saveAndContinue();

        onPage("Attach documents");
        assertAccessible(driver);
        press(tabToText("Continue"), Keys.ENTER);

        onPage("Check your answers");
        assertAccessible(driver);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Kasper Nowakowski")
                .contains("5 May 2009")
                .contains("Ewa Nowakowska (mother)");
        press(tabToText("Send referral"), Keys.ENTER);

        onPage("Referral sent");
        assertAccessible(driver);
        var reference =
                driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(reference).matches("PR-\\d{4}-\\d{5}");
        signOut();

        // The Prevent lead finds it in the queue, with its possible match.
        signIn("prevent-lead@barnet.example");
        open("/triage");
        assertAccessible(driver);
        // Earlier records are imported from a page of its own, whose template, upload and refusal are accessible too.
        open("/triage/imports/new");
        onPage("Import earlier referrals");
        assertAccessible(driver);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        onPage("Error: Import earlier referrals");
        assertAccessible(driver);
        open("/triage/find?reference=" + reference);
        onPage(reference);
        open("/triage");
        var row = driver.findElement(By.linkText(reference)).findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("1 possible previous referral").contains("KN");
        driver.findElement(By.linkText(reference)).click();
        onPage(reference);
        assertAccessible(driver);
        var matches = driver.findElement(By.id("matches")).findElement(By.xpath("following-sibling::div[1]"));
        assertThat(matches.getText()).contains("Kacper Nowakowski").contains("Same date of birth");
        matches.findElement(By.tagName("button")).click();
        onPage(reference);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("linked");
        open("/people/"
                + referrals
                        .view(demoUser("prevent-lead@barnet.example"), earlier.id())
                        .personId());
        assertAccessible(driver);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(earlier.reference())
                .contains(reference);

        driver.findElement(By.linkText(reference)).click();
        onPage(reference);
        driver.findElement(By.linkText("Record the decision")).click();
        onPage("Record the screening decision");
        assertAccessible(driver);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        onPage("Error: ");
        assertAccessible(driver);
        driver.findElement(By.cssSelector("input[name=outcome][value=SIGNPOSTED]"))
                .click();
        driver.findElement(By.cssSelector("input[name=appropriate][value=no]")).click();
        driver.findElement(By.id("reason")).sendKeys("A need better met by early help.");
        driver.findElement(By.id("signpostedTo")).sendKeys("Early");
        driver.findElement(By.id("feedback")).sendKeys("Thank you. Early help will contact the family.");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        onPage(reference);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Signposted")
                .contains("Early help");
        assertAccessible(driver);
        open("/people/search");
        assertAccessible(driver);
        signOut();

        // The referrer sees the outcome and the feedback, and nothing else.
        signIn("referrer@barnet.example");
        open("/referrals");
        assertAccessible(driver);
        driver.findElement(By.linkText(reference)).click();
        onPage(reference);
        assertAccessible(driver);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Passed to another service")
                .contains("Thank you. Early help will contact the family.")
                .doesNotContain("better met by early help")
                .doesNotContain("propaganda");
    }

    @Test
    void aCaseWorkersListAndTheQueueFiltersAreAccessible() {
        signIn("prevent-lead@birmingham.example");
        open("/triage?status=SIGNPOSTED&sector=EDUCATION&sort=NEWEST");
        assertAccessible(driver);
        open("/triage?from=not-a-date");
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a real day, for example 27 3 2026.");
        assertAccessible(driver);
        open("/triage?fromDay=1&fromMonth=6&fromYear=2024&toDay=1&toMonth=1&toYear=2024");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The first date must be before the second");
        assertThat(driver.findElement(By.id("fromDay")).getAttribute("value")).isEqualTo("1");
        signOut();
        signIn("case-worker@birmingham.example");
        open("/referrals/assigned");
        assertAccessible(driver);
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
                .until(d -> d.getTitle().contains(titlePart));
    }

    /** Presses Tab from where the focus is until the element with the id has it. */
    private WebElement tabTo(String id) {
        return tab(element -> id.equals(element.getAttribute("id")), id);
    }

    /** Presses Tab until a button or link with the text has the focus. */
    private WebElement tabToText(String text) {
        return tab(element -> text.equals(element.getText().strip()), text);
    }

    private WebElement tab(Predicate<WebElement> wanted, String what) {
        var active = driver.switchTo().activeElement();
        for (int i = 0; i < 120; i++) {
            if (wanted.test(active)) {
                return active;
            }
            // Keys go to whatever has the focus, as a person's would (a file field included).
            new Actions(driver).sendKeys(Keys.TAB).perform();
            active = driver.switchTo().activeElement();
        }
        throw new AssertionError("Tab never reached " + what + " on " + driver.getTitle());
    }

    private void type(String id, String text) {
        tabTo(id).sendKeys(text);
    }

    private void clear(String id) {
        var field = tabTo(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }

    private void saveAndContinue() {
        press(tabToText("Save and continue"), Keys.ENTER);
        assertAccessible(driver);
    }

    /** Presses the key on a button or link and waits for the page it leads to. */
    private void press(WebElement element, Keys key) {
        element.sendKeys(key);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(BrowserTests.gone(element));
    }
}
