package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The metrics an operator watches, on the Prometheus endpoint: referrals waiting, overdue and reporting immediate
 * danger across councils, sign-in failures, lines imported by what became of them, and the database pool; each moves
 * with what the service does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class ServiceMetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    static double value(String metrics, String name) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    static double value(String metrics, String name, String labels) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$")
                .matcher(metrics);
        var total = -1.0;
        while (matcher.find()) {
            var all = true;
            for (var label : labels.split(",")) {
                all &= matcher.group(1).contains(label);
            }
            if (all) {
                total = Math.max(total, 0) + Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    /** The metrics, as Prometheus scrapes them. */
    String metrics(String key) {
        try {
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                    .header("Authorization", "Bearer " + key)
                                    .header("Accept", "text/plain")
                                    .GET()
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMetricsMoveWithReferralsSignInsAndImports() {
        var api = new Api(port);
        var operations = fixtures.apiKey(null, Role.OPERATIONS);
        var before = metrics(operations);
        assertThat(before).contains("hikaricp_connections_active");
        var waiting = value(before, "pdm_referrals_waiting");
        var danger = value(before, "pdm_referrals_immediate_danger");
        assertThat(waiting).isGreaterThanOrEqualTo(0);

        var tenant = fixtures.tenant();
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        ApiReferrals.make(
                api,
                lead,
                ApiReferrals.body(LocalDate.now(ZoneId.of("Europe/London")), "Metric", "Person", true, Map.of()));

        var user = fixtures.userWithTwoFactors(tenant, Role.TRAINING_ADMIN);
        var failedBefore = Math.max(0, value(before, "pdm_sign_in_total", "outcome=\"FAILURE\",step=\"SIGN_IN\""));
        new Browser(port).signIn(user.email(), "not the password");

        var training = fixtures.apiKey(tenant, Role.TRAINING_ADMIN);
        var imported = api.post(
                "/api/v1/training/staff",
                training,
                "text/csv",
                "staff_id,name,email,organisation,department,role,required_tier,start_date,end_date\n"
                        + "M1,Person One,one@council.example,The council,Housing,Officer,1,2020-01-01,\n"
                        + "M2,,two@council.example,The council,Housing,Officer,1,2020-01-01,\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        var after = metrics(operations);
        assertThat(value(after, "pdm_referrals_waiting")).isEqualTo(waiting + 1);
        assertThat(value(after, "pdm_referrals_immediate_danger")).isEqualTo(danger + 1);
        assertThat(value(after, "pdm_referrals_overdue")).isGreaterThanOrEqualTo(0);
        assertThat(value(after, "pdm_sign_in_total", "outcome=\"FAILURE\",step=\"SIGN_IN\""))
                .isEqualTo(failedBefore + 1);
        assertThat(value(after, "pdm_imports_lines_total", "kind=\"staff\",result=\"created\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(after, "pdm_imports_lines_total", "kind=\"staff\",result=\"rejected\""))
                .isGreaterThanOrEqualTo(1);
    }
}
