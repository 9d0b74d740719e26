package org.preventduty.channel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Region;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.referrals.ReferralBenchmark;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of Channel at scale, printed: the case page with 10,000 cases and 100,000 referrals in one council, and
 * the national statistics over 320 councils and 90,000 referrals. Run by {@code bench/channel.sh}; the database is the
 * one the Spring properties name.
 */
public final class ChannelBenchmark {

    private ChannelBenchmark() {}

    public static void main(String[] args) throws Exception {
        var referrals = Integer.getInteger("bench.referrals", 100_000);
        var councils = Integer.getInteger("bench.councils", 320);
        var nationalReferrals = Integer.getInteger("bench.national", 90_000);
        var context = new SpringApplicationBuilder(Application.class, IdentityFixtures.class)
                .properties("server.port=0", "service.demo.enabled=false", "logging.level.root=WARN")
                .run(args);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var identity = context.getBean(IdentityFixtures.class);
            var cases = context.getBean(ChannelDemoData.class);
            var jdbc = context.getBean(JdbcTemplate.class);
            var random = new Random(7);
            var today = LocalDate.now(ZoneId.of("Europe/London"));

            // 1. National statistics: 320 councils in ten regions, 90,000 referrals between them, and no others yet.
            var started = System.nanoTime();
            var regions = Region.values();
            var each = nationalReferrals / councils;
            for (int i = 0; i < councils; i++) {
                var council = identity.tenant(regions[i % regions.length]);
                var councilLead = identity.user(council, Role.PREVENT_LEAD);
                ReferralBenchmark.seed(
                        context, council.id().value(), each, each * 4 / 5, 14, councilLead.id(), today, random);
            }
            analyze(jdbc);
            System.out.printf(
                    Locale.ROOT,
                    "national: %d councils with %d referrals each written in %.1f s%n",
                    councils,
                    each,
                    (System.nanoTime() - started) / 1e9);
            var analyst = identity.apiKey(null, Role.NATIONAL_ANALYST);
            var api = new Api(port);
            var periods = new String[] {
                "from=2023-04-01&to=2024-03-31",
                "from=2015-04-01&to=" + today,
                "from=2020-04-01&to=2021-03-31&region=LONDON",
                "from=2019-01-01&to=2019-12-31&region=WALES"
            };
            for (int i = 0; i < 40; i++) {
                check(
                        api.get("/api/v1/reports/referral-statistics?" + periods[i % periods.length], analyst)
                                .status(),
                        "statistics");
            }
            var statistics = new ArrayList<Double>();
            for (int i = 0; i < 400; i++) {
                var t0 = System.nanoTime();
                check(
                        api.get("/api/v1/reports/referral-statistics?" + periods[i % periods.length], analyst)
                                .status(),
                        "statistics");
                statistics.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("national statistics, all councils, four kinds of period (ms): " + summary(statistics));
            var year = new ArrayList<Double>();
            for (int i = 0; i < 200; i++) {
                var t0 = System.nanoTime();
                api.get("/api/v1/reports/referral-statistics?" + periods[0], analyst);
                year.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("national statistics, one financial year (ms): " + summary(year));
            if (referrals == 0) {
                return;
            }

            // 2. Then one council: 100,000 referrals, every tenth accepted for Channel, each with its case.
            var tenant = identity.tenant();
            var lead = identity.user(tenant, Role.PREVENT_LEAD);
            identity.user(tenant, Role.CHANNEL_CHAIR);
            var chair = identity.userWithTwoFactors(tenant, Role.CHANNEL_CHAIR);
            started = System.nanoTime();
            ReferralBenchmark.seed(
                    context, tenant.id().value(), referrals, referrals * 4 / 5, 10, lead.id(), today, random);
            var referralSeconds = (System.nanoTime() - started) / 1e9;
            analyze(jdbc);
            started = System.nanoTime();
            var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
            TenantScope.asSystem(
                    () -> transactions.executeWithoutResult(status -> cases.seed(tenant.id(), "bench", today)));
            var caseSeconds = (System.nanoTime() - started) / 1e9;
            var counts = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.queryForMap(
                    "select (select count(*) from referral where tenant_id = ?) as referrals,"
                            + " (select count(*) from channel_case where tenant_id = ?) as cases,"
                            + " (select count(*) from panel_meeting where tenant_id = ?) as meetings,"
                            + " (select count(*) from intervention_session where tenant_id = ?) as sessions",
                    tenant.id().value(),
                    tenant.id().value(),
                    tenant.id().value(),
                    tenant.id().value())));
            analyze(jdbc);
            System.out.printf(
                    Locale.ROOT,
                    "council: %s; referrals written in %.1f s, cases in %.1f s%n",
                    counts,
                    referralSeconds,
                    caseSeconds);

            // 3. The case page, as the chair opens it.
            List<UUID> ids =
                    new ArrayList<>(TenantScope.asSystem(() -> transactions.execute(status -> jdbc.queryForList(
                            "select id from channel_case where tenant_id = ?",
                            UUID.class,
                            tenant.id().value()))));
            Collections.shuffle(ids, random);
            var browser = new Browser(port);
            browser.signIn(chair.email(), IdentityFixtures.PASSWORD);
            browser.get("/sign-in/two-factor");
            browser.post("/sign-in/two-factor", Map.of("code", identity.code(chair)));
            for (int i = 0; i < 200; i++) {
                check(browser.get("/channel/cases/" + ids.get(i % ids.size())).status(), "case page");
            }
            var pages = new ArrayList<Double>();
            for (int i = 0; i < 1_000; i++) {
                var t0 = System.nanoTime();
                check(
                        browser.get("/channel/cases/" + ids.get((200 + i) % ids.size()))
                                .status(),
                        "case page");
                pages.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("case page, 10,000 cases and 100,000 referrals in the council (ms): " + summary(pages));
            var list = new ArrayList<Double>();
            for (int i = 0; i < 300; i++) {
                var t0 = System.nanoTime();
                check(browser.get("/channel/cases?page=" + (i % 20)).status(), "case list");
                list.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.println("case list, 25 a page (ms): " + summary(list));

        } finally {
            context.close();
        }
    }

    private static void check(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }

    private static void analyze(JdbcTemplate jdbc) throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                jdbc.execute("analyze");
            }
        }
    }

    private static String summary(List<Double> timings) {
        var sorted = new ArrayList<>(timings);
        Collections.sort(sorted);
        var mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(
                Locale.ROOT,
                "n=%d mean=%.2f p50=%.2f p95=%.2f p99=%.2f max=%.2f",
                sorted.size(),
                mean,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
