package org.preventduty.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.support.Api;
import org.preventduty.support.Floor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of coverage at national scale, printed: councils of 50,000 staff each (2,000,000 staff and 6,000,000
 * completions with the default 40), coverage of one council through the API, and national coverage by council for a
 * national analyst. The rows are written with SQL, not through the imports, whose own figures {@code bench/training.sh}
 * gives; the periods of valid training are then worked out for each council as a staff list would. Run by
 * {@code bench/training-national.sh} against PostgreSQL.
 */
public final class NationalCoverageBenchmark {

    private NationalCoverageBenchmark() {}

    public static void main(String[] args) throws Exception {
        var councils = Integer.getInteger("bench.councils", 40);
        var staffEach = Integer.getInteger("bench.staff", 50_000);
        var context = new SpringApplicationBuilder(Application.class, IdentityFixtures.class)
                .properties("server.port=0", "service.demo.enabled=false", "logging.level.root=WARN")
                .run(args);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var identity = context.getBean(IdentityFixtures.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var transactions = context.getBean(TransactionTemplate.class);
            var validity = context.getBean(ValidityPeriods.class);
            var api = new Api(port);
            var tenants = new ArrayList<UUID>();
            String firstAdmin = null;
            for (var c = 0; c < councils; c++) {
                var tenant = identity.tenant();
                tenants.add(tenant.id().value());
                if (firstAdmin == null) {
                    firstAdmin = identity.apiKey(tenant, Role.TRAINING_ADMIN);
                }
            }
            var t0 = System.nanoTime();
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
                for (var tenant : tenants) {
                    load(jdbc, tenant, staffEach);
                    validity.recompute(tenant);
                }
            }));
            TenantScope.asSystem(() -> jdbc.execute("analyze"));
            var staff = TenantScope.asSystem(() -> transactions.execute(
                    status -> jdbc.queryForObject("select count(*) from training_staff", Long.class)));
            var completions = TenantScope.asSystem(() -> transactions.execute(
                    status -> jdbc.queryForObject("select count(*) from training_completion", Long.class)));
            var periods = TenantScope.asSystem(() -> transactions.execute(
                    status -> jdbc.queryForObject("select count(*) from training_validity", Long.class)));
            System.out.printf(
                    Locale.ROOT,
                    "loaded %d councils: %d staff, %d completions, %d periods of valid training in %.1f s%n",
                    councils,
                    staff,
                    completions,
                    periods,
                    (System.nanoTime() - t0) / 1e9);

            var window = "&sessionsFrom=2018-01-01&sessionsTo=2020-12-31";
            var days = List.of("2020-12-31", "2021-06-30", "2019-12-31");
            var floorUrl = System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench");
            try (var floor = java.sql.DriverManager.getConnection(floorUrl, "postgres", "")) {
                var admin = firstAdmin;
                var first = tenants.get(0);
                var at = new int[] {0, 0, 0, 0};
                Floor.measure(
                        "coverage of one council of " + staffEach + " staff",
                        50,
                        () -> ok(api.get("/api/v1/training/coverage?asOf=" + days.get(at[0]++ % 3) + window, admin)),
                        () -> TrainingBenchmark.coverageFloor(
                                floor, first, java.time.LocalDate.parse(days.get(at[1]++ % 3))));
                var analyst = identity.apiKey(null, Role.NATIONAL_ANALYST);
                Floor.measure(
                        "national coverage of " + staff + " staff, " + completions + " completions",
                        20,
                        () -> ok(api.get(
                                "/api/v1/training/coverage/national?asOf=" + days.get(at[2]++ % 3) + window, analyst)),
                        () -> TrainingBenchmark.coverageFloor(
                                floor, null, java.time.LocalDate.parse(days.get(at[3]++ % 3))));
            }
        } finally {
            context.close();
        }
    }

    private static void ok(Api.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("coverage answered " + answer.status());
        }
    }

    /** Two courses, the staff and three completions each (two e-learning, one WRAP) for one council. */
    private static void load(JdbcTemplate jdbc, UUID tenant, int staff) {
        var el = UUID.randomUUID();
        var wrap = UUID.randomUUID();
        jdbc.update(
                "insert into training_course (id, tenant_id, code, title, tier, delivery, validity_months, created_at,"
                        + " version) values (?, ?, 'EL', 'E-learning', 1, 'E_LEARNING', 24, now(), 0),"
                        + " (?, ?, 'WRAP3', 'WRAP', 2, 'FACE_TO_FACE', 36, now(), 0)",
                el,
                tenant,
                wrap,
                tenant);
        jdbc.update(
                "insert into training_staff (id, tenant_id, staff_id, name, organisation, department, job_role,"
                        + " elected_member, required_tier, start_date, created_at, updated_at, version)"
                        + " select md5(cast(? as text) || g)::uuid, ?, 'S' || g, 'Person ' || g, 'The council',"
                        + " 'Department ' || (g % 40), 'Officer', false, 1 + g % 2, date '2015-01-01', now(), now(), 0"
                        + " from generate_series(1, ?) g",
                tenant.toString(), tenant, staff);
        jdbc.update(
                "insert into training_completion (id, tenant_id, staff_row_id, course_id, completed_on, expires_on,"
                        + " source, recorded_by, recorded_at)"
                        + " select md5(cast(s.id as text) || k)::uuid, s.tenant_id, s.id,"
                        + " case when k = 2 then cast(? as uuid) else cast(? as uuid) end, d.day,"
                        + " cast(d.day + case when k = 2 then interval '36 months' else interval '24 months' end as date),"
                        + " 'IMPORT', '00000000-0000-0000-0000-000000000000', now()"
                        + " from training_staff s cross join generate_series(1, 3) k"
                        + " cross join lateral (select cast(date '2017-01-10' + (k * 400 + (abs(hashtext(s.staff_id))"
                        + " % 300)) * interval '1 day' as date) as day) d where s.tenant_id = ?",
                wrap.toString(), el.toString(), tenant);
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
