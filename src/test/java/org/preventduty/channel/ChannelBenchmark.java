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
import org.preventduty.support.Floor;
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
            // Beside each, its floor: the same breakdowns of the same rows read straight from PostgreSQL.
            var floorUrl = System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench");
            var floor = java.sql.DriverManager.getConnection(floorUrl, "postgres", "");
            var breakdowns = "select s.sector, s.type_of_concern, s.age_band, s.sex, t.region, s.adopted, count(*),"
                    + " sum(case when s.discussed_at_panel then 1 else 0 end) from referral_statistic s join tenant t"
                    + " on t.id = s.tenant_id where s.received_on between ? and ?";
            var sets =
                    " group by grouping sets ((), (s.sector), (s.type_of_concern), (s.age_band), (s.sex), (t.region),"
                            + " (s.adopted, s.sector), (s.adopted, s.type_of_concern), (s.adopted, s.age_band),"
                            + " (s.adopted, s.sex), (s.adopted, t.region))";
            var counter = new int[] {0};
            var allPeriods = new Object[][] {
                {LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31), null},
                {LocalDate.of(2015, 4, 1), today, null},
                {LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31), "LONDON"},
                {LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "WALES"}
            };
            var statisticsAt = new int[] {0};
            Floor.measure(
                    "national statistics, all councils, four kinds of period",
                    400,
                    () -> check(
                            api.get(
                                            "/api/v1/reports/referral-statistics?"
                                                    + periods[statisticsAt[0]++ % periods.length],
                                            analyst)
                                    .status(),
                            "statistics"),
                    () -> {
                        var period = allPeriods[counter[0]++ % allPeriods.length];
                        if (period[2] == null) {
                            Floor.query(floor, breakdowns + sets, period[0], period[1]);
                        } else {
                            Floor.query(
                                    floor, breakdowns + " and t.region = ?" + sets, period[0], period[1], period[2]);
                        }
                    });
            Floor.measure(
                    "national statistics, one financial year",
                    200,
                    () -> check(
                            api.get("/api/v1/reports/referral-statistics?" + periods[0], analyst)
                                    .status(),
                            "statistics"),
                    () -> Floor.query(floor, breakdowns + sets, allPeriods[0][0], allPeriods[0][1]));
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
            var tenantId = tenant.id().value();
            // What the case page reads, by the same indexed paths: the case and its person's name, the referral it came
            // from, and the case's rows in each table of it.
            var caseTables = new String[] {
                "assessment",
                "channel_case_event",
                "consent_record",
                "information_request",
                "intervention",
                "panel_decision",
                "post_exit_review"
            };
            var pageAt = new int[] {200};
            var floorAt = new int[] {200};
            Floor.measure(
                    "case page, 10,000 cases and 100,000 referrals in the council",
                    1_000,
                    () -> check(
                            browser.get("/channel/cases/" + ids.get(pageAt[0]++ % ids.size()))
                                    .status(),
                            "case page"),
                    () -> {
                        // The case, the referral and person it is of, and every row of it in each of its tables.
                        var id = ids.get(floorAt[0]++ % ids.size());
                        Floor.query(
                                floor,
                                "select c.*, n.given_name, n.family_name from channel_case c left join person_name n"
                                        + " on n.tenant_id = c.tenant_id and n.person_id = c.person_id"
                                        + " where c.tenant_id = ? and c.id = ?",
                                tenantId,
                                id);
                        Floor.query(
                                floor,
                                "select r.reference, r.received_on, r.referrer_sector from channel_case_referral l"
                                        + " join referral r on r.id = l.referral_id where l.tenant_id = ? and l.case_id = ?",
                                tenantId,
                                id);
                        Floor.query(
                                floor,
                                "select m.id, m.held_on, i.minutes from panel_agenda_item i join panel_meeting m"
                                        + " on m.id = i.meeting_id where i.tenant_id = ? and i.case_id = ?",
                                tenantId,
                                id);
                        Floor.query(
                                floor,
                                "select s.intervention_id, s.delivered_on from intervention_session s join intervention"
                                        + " i on i.id = s.intervention_id where i.tenant_id = ? and i.case_id = ?",
                                tenantId,
                                id);
                        for (var table : caseTables) {
                            Floor.query(
                                    floor,
                                    "select * from " + table + " where tenant_id = ? and case_id = ?",
                                    tenantId,
                                    id);
                        }
                    });
            // 4. The chronology of a case, and finding cases by part of a surname or a date of birth from the header.
            var chronologyAt = new int[] {200};
            var chronologyFloorAt = new int[] {200};
            Floor.measure(
                    "chronology page, 10,000 cases in the council",
                    1_000,
                    () -> check(
                            browser.get("/channel/cases/" + ids.get(chronologyAt[0]++ % ids.size()) + "/chronology")
                                    .status(),
                            "chronology page"),
                    () -> {
                        var id = ids.get(chronologyFloorAt[0]++ % ids.size());
                        Floor.query(
                                floor,
                                "select c.*, n.given_name, n.family_name from channel_case c left join person_name n"
                                        + " on n.tenant_id = c.tenant_id and n.person_id = c.person_id"
                                        + " where c.tenant_id = ? and c.id = ?",
                                tenantId,
                                id);
                        Floor.query(floor, "select * from case_note where tenant_id = ? and case_id = ?", tenantId, id);
                        for (var table : caseTables) {
                            Floor.query(
                                    floor,
                                    "select * from " + table + " where tenant_id = ? and case_id = ?",
                                    tenantId,
                                    id);
                        }
                    });
            var surnames = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.queryForList(
                    "select distinct n.family_name from channel_case c join person_name n on n.tenant_id = c.tenant_id"
                            + " and n.person_id = c.person_id where c.tenant_id = ? and n.family_name is not null",
                    String.class,
                    tenantId)));
            Collections.shuffle(surnames, random);
            var searchAt = new int[] {0};
            var searchFloorAt = new int[] {0};
            Floor.measure(
                    "case search by part of a surname, over 80,000 people",
                    1_000,
                    () -> check(
                            browser.get("/channel/cases?q="
                                            + surnames.get(searchAt[0]++ % surnames.size())
                                                    .substring(1))
                                    .status(),
                            "case search"),
                    () -> {
                        var part = surnames.get(searchFloorAt[0]++ % surnames.size())
                                .substring(1)
                                .toLowerCase();
                        Floor.query(
                                floor,
                                "select c.id, c.reference, c.status, c.opened_on from channel_case c where c.tenant_id = ?"
                                        + " and c.person_id in (select n.person_id from person_name n where n.tenant_id = ?"
                                        + " and (lower(n.given_name) like ? or lower(n.family_name) like ?))"
                                        + " order by c.opened_on desc limit 25",
                                tenantId,
                                tenantId,
                                "%" + part + "%",
                                "%" + part + "%");
                    });

            var listAt = new int[] {0};
            var listFloorAt = new int[] {0};
            Floor.measure(
                    "case list, 25 a page",
                    300,
                    () -> check(
                            browser.get("/channel/cases?page=" + (listAt[0]++ % 20))
                                    .status(),
                            "case list"),
                    () -> {
                        Floor.query(floor, "select count(*) from channel_case where tenant_id = ?", tenantId);
                        Floor.query(
                                floor,
                                "select p.*, n.given_name, n.family_name from (select c.id, c.reference,"
                                        + " c.person_id, c.status, c.opened_on from channel_case c where c.tenant_id = ?"
                                        + " order by c.opened_on desc, c.reference desc limit 25 offset ?) p"
                                        + " left join person_name n on n.tenant_id = ? and n.person_id = p.person_id",
                                tenantId,
                                (listFloorAt[0]++ % 20) * 25,
                                tenantId);
                    });

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
