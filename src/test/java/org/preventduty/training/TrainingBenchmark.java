package org.preventduty.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.preventduty.support.Floor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of training at scale, printed: importing a staff list of 100,000 rows through the API (and the same file
 * again, which changes nothing), importing three completions for each, and coverage of one council of that size.
 * Run by {@code bench/training.sh}; the database is the one the Spring properties name.
 */
public final class TrainingBenchmark {

    private TrainingBenchmark() {}

    public static void main(String[] args) throws Exception {
        var staff = Integer.getInteger("bench.staff", 100_000);
        var context = new SpringApplicationBuilder(Application.class, IdentityFixtures.class)
                .properties("server.port=0", "service.demo.enabled=false", "logging.level.root=WARN")
                .run(args);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var identity = context.getBean(IdentityFixtures.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var api = new Api(port);
            var tenant = identity.tenant();
            var admin = identity.apiKey(tenant, Role.TRAINING_ADMIN);
            api.post(
                    "/api/v1/training/courses",
                    admin,
                    Api.json("code", "WRAP3", "title", "WRAP", "tier", 2, "validityMonths", 36));
            api.post(
                    "/api/v1/training/courses",
                    admin,
                    Api.json("code", "EL", "title", "E-learning", "tier", 1, "validityMonths", 24));

            var file = new StringBuilder(TrainingApiIntegrationTests.HEADER);
            for (var i = 0; i < staff; i++) {
                file.append("B")
                        .append(i)
                        .append(",Person ")
                        .append(i)
                        .append(",p")
                        .append(i)
                        .append("@council.example,The council,Department ")
                        .append(i % 40)
                        .append(",Officer,")
                        .append(1 + i % 2)
                        .append(",2015-01-01,\n");
            }
            var t0 = System.nanoTime();
            var first = api.post("/api/v1/training/staff", admin, "text/csv", file.toString());
            var firstSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            var again = api.post("/api/v1/training/staff", admin, "text/csv", file.toString());
            var againSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "staff import of %d rows: %.1f s (%s); the same file again: %.1f s (%s)%n",
                    staff,
                    firstSeconds,
                    first.body(),
                    againSeconds,
                    again.body().length() > 120 ? again.body().substring(0, 120) : again.body());

            // Three completions each, in files of 100,000 lines.
            var lines = new ArrayList<String>();
            for (var i = 0; i < staff; i++) {
                lines.add("B" + i + ",EL,2019-0" + (1 + i % 9) + "-10\n");
                lines.add("B" + i + ",WRAP3,2018-0" + (1 + i % 9) + "-15\n");
                lines.add("B" + i + ",EL,2021-0" + (1 + i % 9) + "-20\n");
            }
            t0 = System.nanoTime();
            var created = 0;
            for (var from = 0; from < lines.size(); from += 100_000) {
                var chunk = new StringBuilder("staff_id,course_code,completed_on\n");
                lines.subList(from, Math.min(lines.size(), from + 100_000)).forEach(chunk::append);
                var done = api.post("/api/v1/training/completions", admin, "text/csv", chunk.toString());
                if (done.status() != 200) {
                    throw new IllegalStateException("completions answered " + done.status() + " " + done.body());
                }
                created += done.json().get("created").asInt();
            }
            System.out.printf(
                    Locale.ROOT,
                    "completion import of %d rows in files of 100,000: %.1f s (%d created)%n",
                    lines.size(),
                    (System.nanoTime() - t0) / 1e9,
                    created);
            try (var connection = jdbc.getDataSource().getConnection()) {
                if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                    jdbc.execute("analyze");
                }
            }

            // Beside its floor: the same rows counted straight from PostgreSQL (staff who must hold a tier, periods
            // of valid training on the day, by department; sessions delivered in the period).
            var days = List.of("2020-12-31", "2021-06-30", "2019-12-31");
            var tenantId = tenant.id().value();
            var floorUrl = System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench");
            try (var floor = java.sql.DriverManager.getConnection(floorUrl, "postgres", "")) {
                var at = new int[] {0};
                var floorAt = new int[] {0};
                Floor.measure(
                        "coverage of one council of " + staff + " staff",
                        100,
                        () -> {
                            var coverage = api.get(
                                    "/api/v1/training/coverage?asOf=" + days.get(at[0]++ % days.size())
                                            + "&sessionsFrom=2018-01-01&sessionsTo=2020-12-31",
                                    admin);
                            if (coverage.status() != 200) {
                                throw new IllegalStateException("coverage answered " + coverage.status());
                            }
                        },
                        () -> coverageFloor(
                                floor, tenantId, java.time.LocalDate.parse(days.get(floorAt[0]++ % days.size()))));
            }
        } finally {
            context.close();
        }
    }

    /**
     * The floor of coverage on a day: the staff in post who must hold a tier and the periods of valid training that
     * hold, counted straight from PostgreSQL by department for a council, or by council for the nation; and the
     * sessions delivered in 2018 to 2020.
     */
    static void coverageFloor(
            java.sql.Connection floor, @org.jspecify.annotations.Nullable UUID tenant, LocalDate day) {
        var by = tenant == null ? "tenant_id" : "department";
        var of = tenant == null ? "" : " and tenant_id = '" + tenant + "'";
        var inPost = " and (start_date is null or start_date <= ?) and (end_date is null or end_date >= ?)" + of
                + " group by " + by;
        Floor.query(
                floor,
                "select " + by + ", count(*) from training_staff where coalesce(required_tier, rule_tier) is not null"
                        + inPost,
                day,
                day);
        Floor.query(
                floor,
                "select " + by + ", count(*) from training_validity where valid_from <= ? and valid_to > ?" + inPost,
                day,
                day,
                day,
                day);
        Floor.query(
                floor,
                "select " + by + ", count(*) from training_session where status = 'DELIVERED'"
                        + " and delivered_on between '2018-01-01' and '2020-12-31'" + of + " group by " + by);
    }

    private static String summary(List<Double> timings) {
        var sorted = new ArrayList<>(timings);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.1f p95=%.1f max=%.1f",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
                sorted.get(sorted.size() - 1));
    }
}
