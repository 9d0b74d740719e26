package org.preventduty.reporting;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralBenchmark;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.preventduty.support.Floor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of reports at national size, printed beside their floor: with 320 councils and 90,000 referrals, and one
 * council with 100,000 referrals and 50,000 staff, the Prevent lead's home page, referral trends over ten years by month
 * and the committee report as Word and as PDF. The floor of each is the same rows read straight from PostgreSQL, as
 * its superuser (no row-level security, no application); the ratio is the figure's p95 over the floor's. Run by
 * {@code bench/reports.sh}; the database is the one the Spring properties name.
 */
public final class ReportsBenchmark {

    private ReportsBenchmark() {}

    public static void main(String[] args) throws Exception {
        var councils = Integer.getInteger("bench.councils", 320);
        var national = Integer.getInteger("bench.nationalReferrals", 90_000);
        var large = Integer.getInteger("bench.referrals", 100_000);
        var staff = Integer.getInteger("bench.staff", 50_000);
        var floorUrl = System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench");
        var context = new SpringApplicationBuilder(Application.class, IdentityFixtures.class)
                .properties("server.port=0", "service.demo.enabled=false", "logging.level.root=WARN")
                .run(args);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var identity = context.getBean(IdentityFixtures.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var random = new Random(42);
            var today = LocalDate.now(ZoneId.of("Europe/London"));

            // 1. The data: one large council, and the rest of the country.
            var started = System.nanoTime();
            var tenant = identity.tenant();
            var tenantId = tenant.id().value();
            var lead = identity.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
            ReferralBenchmark.seed(context, tenantId, large, large * 4 / 5, 40, lead.id(), today, random);
            var each = national / (councils - 1);
            for (var i = 1; i < councils; i++) {
                var other = identity.tenant();
                var otherLead = identity.user(other, Role.PREVENT_LEAD);
                ReferralBenchmark.seed(
                        context, other.id().value(), each, each * 9 / 10, 40, otherLead.id(), today, random);
            }
            var api = new Api(port);
            var admin = identity.apiKey(tenant, Role.TRAINING_ADMIN);
            api.post(
                    "/api/v1/training/courses",
                    admin,
                    Api.json("code", "WRAP3", "title", "WRAP", "tier", 2, "validityMonths", 36));
            var file = new StringBuilder(
                    "staff_id,name,email,organisation,department,role,required_tier,start_date,end_date\n");
            for (var i = 0; i < staff; i++) {
                file.append("B")
                        .append(i)
                        .append(",Person ")
                        .append(i)
                        .append(",p")
                        .append(i);
                file.append("@council.example,The council,Department ").append(i % 40);
                file.append(",Officer,2,2015-01-01,\n");
            }
            check(api.post("/api/v1/training/staff", admin, "text/csv", file.toString()));
            var completions = new StringBuilder("staff_id,course_code,completed_on\n");
            for (var i = 0; i < staff; i += 2) {
                completions
                        .append("B")
                        .append(i)
                        .append(",WRAP3,")
                        .append(today.minusDays(1 + i % 900))
                        .append('\n');
            }
            check(api.post("/api/v1/training/completions", admin, "text/csv", completions.toString()));
            jdbc.execute("analyze");
            var browser = new Browser(port);
            browser.signIn(lead.email(), IdentityFixtures.PASSWORD, identity.code(lead));
            var key = identity.apiKey(tenant, Role.PREVENT_LEAD);
            try (var floor = DriverManager.getConnection(floorUrl, "postgres", "")) {
                try (var statement = floor.createStatement();
                        var rows = statement.executeQuery("select count(*), count(distinct tenant_id),"
                                + " (select count(*) from training_staff) from referral_statistic")) {
                    rows.next();
                    System.out.printf(
                            Locale.ROOT,
                            "data: %d councils with referrals, %d referrals (one council %d), %d staff, written in"
                                    + " %.0f s%n",
                            rows.getLong(2),
                            rows.getLong(1),
                            large,
                            rows.getLong(3),
                            (System.nanoTime() - started) / 1e9);
                }
                var threeYears = ReferralTrends.financialYearStart(today).minusYears(3);
                Runnable homeFloor = () -> {
                    Floor.query(
                            floor,
                            "select count(*), sum(case when due_on < ? then 1 else 0 end),"
                                    + " sum(case when immediate_risk then 1 else 0 end) from referral where tenant_id = ?"
                                    + " and status in ('SUBMITTED', 'IN_SCREENING')",
                            today,
                            tenantId);
                    Floor.query(
                            floor,
                            "select id, reference, received_on, due_on from referral where tenant_id = ?"
                                    + " and status in ('SUBMITTED', 'IN_SCREENING') order by immediate_risk desc, due_on"
                                    + " limit 5",
                            tenantId);
                    Floor.query(
                            floor,
                            "select status, count(*) from channel_case where tenant_id = ? group by status",
                            tenantId);
                    Floor.query(
                            floor,
                            "select received_on, count(*) from referral_statistic where tenant_id = ?"
                                    + " and received_on >= ? group by received_on",
                            tenantId,
                            threeYears);
                    Floor.query(
                            floor,
                            "select count(*) from training_validity where tenant_id = ? and valid_from <= ?"
                                    + " and valid_to > ?",
                            tenantId,
                            today,
                            today);
                };
                Floor.measure(
                        "Prevent lead's home page",
                        200,
                        () -> check(browser.get("/home").status()),
                        homeFloor);

                var tenYears = today.minusYears(10).plusDays(1);
                Runnable trendFloor = () -> Floor.query(
                        floor,
                        "select received_on, count(*), sum(case when appropriate then 1 else 0 end),"
                                + " sum(case when not appropriate then 1 else 0 end) from referral_statistic"
                                + " where tenant_id = ? and received_on between ? and ? group by received_on",
                        tenantId,
                        tenYears,
                        today);
                Floor.measure(
                        "referral trends, ten years by month",
                        200,
                        () -> check(api.get(
                                        "/api/v1/reports/referral-trends?from=" + tenYears + "&to=" + today
                                                + "&interval=MONTH",
                                        key)
                                .status()),
                        trendFloor);

                var from = today.minusYears(3);
                Runnable reportFloor = () -> {
                    Floor.query(
                            floor,
                            "select received_on, count(*) from referral_statistic where tenant_id = ?"
                                    + " and received_on between ? and ? group by received_on",
                            tenantId,
                            from,
                            today);
                    Floor.query(
                            floor,
                            "select department, count(*) from training_validity where tenant_id = ?"
                                    + " and valid_from <= ? and valid_to > ? group by department",
                            tenantId,
                            today,
                            today);
                };
                for (var format : List.of("docx", "pdf")) {
                    Floor.measure(
                            "committee report as " + format,
                            20,
                            () -> check(api.file(
                                            "/api/v1/reports/committee-report?from=" + from + "&to=" + today
                                                    + "&format=" + format,
                                            key)
                                    .status()),
                            reportFloor);
                }
            }
        } finally {
            context.close();
        }
    }

    private static void check(Api.Answer response) {
        if (response.status() >= 300) {
            throw new IllegalStateException("answered " + response.status() + " " + response.body());
        }
    }

    private static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("answered " + status);
        }
    }
}
