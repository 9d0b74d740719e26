package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preventduty.support.Browser;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "service.identity.throttle.permanent-failures=12")
@Import({IdentityFixtures.class, TestClock.Config.class, org.preventduty.support.SystemSql.class})
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTests {

    private static final Pattern KEY = Pattern.compile("<code class=\"app-code\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.preventduty.support.SystemSql sql;

    TenantSummary tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
    }

    @Test
    void onePersonSigningInOnSeveralDevicesAtOnceIsSignedInOnEach() throws Exception {
        var user = fixtures.user(tenant, Role.REFERRER);
        var devices = 8;
        var ready = new java.util.concurrent.CyclicBarrier(devices);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(devices);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Browser.Page>>();
            for (int i = 0; i < devices; i++) {
                answers.add(pool.submit(() -> {
                    var browser = new Browser(port);
                    browser.get("/sign-in");
                    ready.await();
                    return browser.post(
                            "/sign-in", Map.of("email", user.email(), "password", IdentityFixtures.PASSWORD));
                }));
            }
            for (var answer : answers) {
                var page = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(page.status()).as(page.body()).isEqualTo(302);
                assertThat(page.location()).doesNotStartWith("/sign-in?");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAccountPageListsWhereThePersonIsSignedInAndSignsOutAnotherSessionButNoOnesElse() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var laptop = new Browser(port);
        laptop.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
        clock.advance(java.time.Duration.ofMinutes(1));
        var shared = new Browser(port);
        shared.signIn(user.email(), IdentityFixtures.PASSWORD, fixtures.code(user));
        var other = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var stranger = new Browser(port);
        stranger.signIn(other.email(), IdentityFixtures.PASSWORD, fixtures.code(other));

        var account = laptop.get("/account").body();

        assertThat(account)
                .contains("Where you are signed in")
                .contains("This device")
                .contains("127.0.0.1");
        var handles = java.util.regex.Pattern.compile("/account/sessions/([0-9a-f]+)/end")
                .matcher(account)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(handles).as("the other session, not this one").hasSize(1);
        assertThat(account.split("This device", -1)).hasSize(2);
        assertThat(stranger.post("/account/sessions/" + handles.get(0) + "/end", Map.of())
                        .status())
                .as("another person's session")
                .isEqualTo(404);
        assertThat(shared.get("/home").status()).isEqualTo(200);

        laptop.get("/account");
        var ended = laptop.post("/account/sessions/" + handles.get(0) + "/end", Map.of());

        assertThat(ended.location()).isEqualTo("/account");
        assertThat(laptop.get("/account").body()).contains("That session was signed out.");
        assertThat(shared.get("/home").location()).isEqualTo("/sign-in");
        assertThat(laptop.get("/home").status()).isEqualTo(200);
        assertThat(sql.<Long>run(j -> j.sql("select count(*) from audit_event where action = 'SIGN_OUT'"
                                + " and detail = 'ENDED_FROM_ACCOUNT' and subject_id = ?")
                        .param(user.id().toString())
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
        laptop.get("/account");
        assertThat(laptop.post("/account/sessions/" + handles.get(0) + "/end", Map.of())
                        .status())
                .as("a session already ended")
                .isEqualTo(404);
    }

    @Test
    void withoutACouncilIdentityProviderSignInOffersOnlyPasswordsAndItsAddressLeadsBack() {
        var browser = new Browser(port);

        assertThat(browser.get("/sign-in").body())
                .doesNotContain("/oauth2/authorization")
                .doesNotContain("Sign in with");
        assertThat(browser.get("/oauth2/authorization/council").location()).isEqualTo("/sign-in?provider=unavailable");
        assertThat(browser.get("/login/oauth2/code/council?code=x&state=y").status())
                .isEqualTo(404);
    }

    @Test
    void signsInWithPasswordThenCodeAndReachesHome() {
        var user = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var browser = new Browser(port);

        var afterPassword = browser.signIn(user.email(), IdentityFixtures.PASSWORD);
        assertThat(afterPassword.status()).isEqualTo(302);
        assertThat(afterPassword.location()).isEqualTo("/sign-in/two-factor");

        var homeTooEarly = browser.get("/home");
        assertThat(homeTooEarly.status()).isEqualTo(302);
        assertThat(homeTooEarly.location()).startsWith("/sign-in/two-factor");

        browser.get("/sign-in/two-factor");
        var afterCode = browser.post("/sign-in/two-factor", Map.of("code", fixtures.code(user)));
        assertThat(afterCode.status()).isEqualTo(302);
        assertThat(afterCode.location()).isEqualTo("/home");

        var home = browser.get("/home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Council " + tenant.code()).contains("Prevent lead");
    }

    @Test
    void answersEveryKindOfFailureTheSameWay(CapturedOutput output) {
        var active = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var disabled = fixtures.user(tenant, Role.REFERRER);
        fixtures.setStatusDisabled(disabled.id());

        var unknownEmail = new Browser(port).signIn("nobody-" + active.email(), IdentityFixtures.PASSWORD);
        var wrongPassword = new Browser(port).signIn(active.email(), "wrong password for this account");
        var disabledAccount = new Browser(port).signIn(disabled.email(), IdentityFixtures.PASSWORD);

        for (var answer : java.util.List.of(unknownEmail, wrongPassword, disabledAccount)) {
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).isEqualTo("/sign-in?error");
        }
        assertThat(new Browser(port).get("/sign-in").body()).doesNotContain("govuk-error-summary");
        var page = new Browser(port).get("/sign-in?error");
        assertThat(page.body()).contains("Enter a correct email address and password");
        assertThat(page.body()).contains("<title>Error: Sign in");
        assertThat(output).doesNotContain("wrong password for this account");
        assertThat(output).doesNotContain(active.email());
    }

    @Test
    void holdsAnAccountAfterRepeatedFailuresWhateverTheCaseOfTheEmail() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        for (int i = 0; i < 5; i++) {
            var email = i % 2 == 0 ? user.email().toUpperCase() : user.email();
            assertThat(new Browser(port).signIn(email, "not the password " + i).location())
                    .isEqualTo("/sign-in?error");
        }

        var whileHeld = new Browser(port).signIn(user.email(), IdentityFixtures.PASSWORD);
        assertThat(whileHeld.location()).isEqualTo("/sign-in?error");

        clock.advance(Duration.ofMinutes(2));
        var afterHold = new Browser(port).signIn(user.email(), IdentityFixtures.PASSWORD);
        assertThat(afterHold.location()).isEqualTo("/sign-in/two-factor");
        assertThat(fixtures.status(user.id())).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void locksAnAccountUntilAnAdministratorReEnablesItAfterTooManyFailures() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        for (int i = 0; i < 12; i++) {
            new Browser(port).signIn(user.email(), "not the password " + i);
            clock.advance(Duration.ofMinutes(16));
        }

        assertThat(fixtures.status(user.id())).isEqualTo(UserStatus.LOCKED);
        clock.advance(Duration.ofHours(2));
        assertThat(new Browser(port)
                        .signIn(user.email(), IdentityFixtures.PASSWORD)
                        .location())
                .isEqualTo("/sign-in?error");
    }

    @Test
    void setsUpTwoFactorAuthenticationAtFirstSignIn() {
        var user = fixtures.user(tenant, Role.TRAINING_ADMIN);
        var browser = new Browser(port);
        assertThat(browser.signIn(user.email(), IdentityFixtures.PASSWORD).location())
                .isEqualTo("/sign-in/set-up-two-factor");

        var setUp = browser.get("/sign-in/set-up-two-factor");
        assertThat(setUp.status()).isEqualTo(200);
        assertThat(setUp.body()).contains("src=\"data:image/svg+xml;base64,");
        var matcher = KEY.matcher(setUp.body());
        assertThat(matcher.find()).isTrue();
        var secret = matcher.group(1).replace(" ", "");

        var wrong = browser.post("/sign-in/set-up-two-factor", Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("govuk-error-summary").contains("The code is not right");

        var right = browser.post("/sign-in/set-up-two-factor", Map.of("code", totp.currentCode(secret)));
        assertThat(right.status()).isEqualTo(200);
        var codes = RECOVERY.matcher(right.body()).results().count();
        assertThat(codes).isEqualTo(RecoveryCodes.COUNT);
        assertThat(browser.get("/home").status()).isEqualTo(200);
    }

    @Test
    void acceptsEachCodeOnlyOnce() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var code = fixtures.code(user);
        var first = new Browser(port);
        first.signIn(user.email(), IdentityFixtures.PASSWORD);
        first.get("/sign-in/two-factor");
        assertThat(first.post("/sign-in/two-factor", Map.of("code", code)).location())
                .isEqualTo("/home");

        var second = new Browser(port);
        second.signIn(user.email(), IdentityFixtures.PASSWORD);
        second.get("/sign-in/two-factor");
        var replay = second.post("/sign-in/two-factor", Map.of("code", code));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("The code is not right");
    }

    @Test
    void signsInWithEachRecoveryCodeOnlyOnce() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var recovery = user.recoveryCodes().get(0);
        var first = new Browser(port);
        first.signIn(user.email(), IdentityFixtures.PASSWORD);
        first.get("/sign-in/recovery-code");
        assertThat(first.post("/sign-in/recovery-code", Map.of("code", recovery.toUpperCase()))
                        .location())
                .isEqualTo("/home");

        var second = new Browser(port);
        second.signIn(user.email(), IdentityFixtures.PASSWORD);
        second.get("/sign-in/recovery-code");
        var again = second.post("/sign-in/recovery-code", Map.of("code", recovery));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("The recovery code is not right");
    }

    @Test
    void givesTheSessionANewIdAtEachStepOfSignIn() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = new Browser(port);
        browser.get("/home");
        var anonymous = browser.cookie("SESSION").orElseThrow();

        browser.signIn(user.email(), IdentityFixtures.PASSWORD);
        var afterPassword = browser.cookie("SESSION").orElseThrow();
        browser.get("/sign-in/two-factor");
        browser.post("/sign-in/two-factor", Map.of("code", fixtures.code(user)));
        var afterCode = browser.cookie("SESSION").orElseThrow();

        assertThat(afterPassword).isNotEqualTo(anonymous);
        assertThat(afterCode).isNotEqualTo(afterPassword);
        var attacker = new Browser(port);
        attacker.setCookie("SESSION", anonymous);
        assertThat(attacker.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void signingOutEndsTheSession() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = signedIn(user);
        var session = browser.cookie("SESSION").orElseThrow();
        browser.get("/home");

        var signOut = browser.post("/sign-out", Map.of());
        assertThat(signOut.location()).isEqualTo("/signed-out");

        var replay = new Browser(port);
        replay.setCookie("SESSION", session);
        assertThat(replay.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void disablingAUserEndsAllTheirSessions() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var laptop = signedIn(user);
        var phone = signedIn(user);
        assertThat(laptop.get("/home").status()).isEqualTo(200);

        var adminBrowser = signedIn(admin);
        adminBrowser.get("/admin/users/" + user.id());
        assertThat(adminBrowser
                        .post("/admin/users/" + user.id() + "/disable", Map.of())
                        .location())
                .isEqualTo("/admin/users/" + user.id());

        assertThat(laptop.get("/home").location()).isEqualTo("/sign-in");
        assertThat(phone.get("/home").location()).isEqualTo("/sign-in");
        assertThat(new Browser(port)
                        .signIn(user.email(), IdentityFixtures.PASSWORD)
                        .location())
                .isEqualTo("/sign-in?error");
    }

    @Test
    void changingRolesEndsTheUsersSessions() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var browser = signedIn(user);
        assertThat(browser.get("/home").status()).isEqualTo(200);

        var adminBrowser = signedIn(admin);
        var rolesPage = adminBrowser.get("/admin/users/" + user.id() + "/roles");
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(rolesPage.body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        var changed = adminBrowser.postMulti(
                "/admin/users/" + user.id() + "/roles",
                java.util.List.of(
                        Map.entry("roles", "REFERRER"),
                        Map.entry("roles", "CASE_WORKER"),
                        Map.entry("version", version)));
        assertThat(changed.location()).isEqualTo("/admin/users/" + user.id());

        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void endsASessionAtItsAbsoluteLifetimeWhateverTheActivity() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = signedIn(user);
        clock.advance(Duration.ofHours(5));
        assertThat(browser.get("/home").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(5).plusMinutes(1));
        var expired = browser.get("/home");
        assertThat(expired.location()).isEqualTo("/sign-in?expired");
        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void endsASessionAfterThirtyMinutesIdle() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = signedIn(user);
        assertThat(browser.get("/home").status()).isEqualTo(200);
        var maxInactive = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(user.id().toString())
                .query(Integer.class)
                .single();
        assertThat(maxInactive).isEqualTo(30 * 60);

        var longAgo = System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where principal_name = ?")
                .params(
                        longAgo,
                        longAgo + Duration.ofMinutes(30).toMillis(),
                        user.id().toString())
                .update();

        assertThat(browser.get("/home").location()).isEqualTo("/sign-in");
    }

    @Test
    void keepsASessionAliveWhenTheUserChoosesToStaySignedIn() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        var browser = signedIn(user);
        browser.get("/home");
        var almostIdle = System.currentTimeMillis() - Duration.ofMinutes(29).toMillis();
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where principal_name = ?")
                .params(
                        almostIdle,
                        almostIdle + Duration.ofMinutes(30).toMillis(),
                        user.id().toString())
                .update();

        assertThat(browser.post("/session/extend", Map.of()).status()).isEqualTo(204);

        var lastAccess = jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(user.id().toString())
                .query(Long.class)
                .single();
        assertThat(lastAccess)
                .isGreaterThan(
                        System.currentTimeMillis() - Duration.ofMinutes(1).toMillis());
    }

    @Test
    void storesPasswordsWithArgon2idAtTheRequiredParameters() {
        var user = fixtures.user(tenant, Role.REFERRER);
        assertThat(fixtures.passwordHash(user.id())).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void replacesAnOldBcryptHashAtTheNextSignIn() {
        var user = fixtures.userWithTwoFactors(tenant, Role.REFERRER);
        fixtures.storePasswordHash(
                user.id(),
                "{bcrypt}"
                        + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10)
                                .encode(IdentityFixtures.PASSWORD));

        assertThat(new Browser(port)
                        .signIn(user.email(), IdentityFixtures.PASSWORD)
                        .location())
                .isEqualTo("/sign-in/two-factor");

        var upgraded = fixtures.passwordHash(user.id());
        assertThat(upgraded).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(IdentityFixtures.PASSWORD, upgraded)).isTrue();
    }

    private Browser signedIn(IdentityFixtures.TestUser user) {
        var browser = new Browser(port);
        assertThat(browser.signIn(user.email(), IdentityFixtures.PASSWORD).location())
                .isEqualTo("/sign-in/two-factor");
        browser.get("/sign-in/two-factor");
        // Each code works once; move to the next step for every sign-in.
        clock.advance(Duration.ofSeconds(30));
        assertThat(browser.post("/sign-in/two-factor", Map.of("code", fixtures.code(user)))
                        .location())
                .isEqualTo("/home");
        return browser;
    }
}
