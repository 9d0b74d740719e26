package org.preventduty.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.DemoDataSeeder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Westminster's commissioned projects of 2016-17, as its 2017 report gives them: the parenting programme (9 series for
 * 122 parents) and the gangs and radicalisation project (92 young people aged 16 to 24 in four youth projects), with
 * their outputs spread over the year's quarters; and engagement logged with some of its partners.
 */
@Component
@Order(12)
class ProjectDemoData implements DemoDataSeeder {

    private static final UUID SYSTEM = new UUID(0, 0);

    private final TenantManagement tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProjectDemoData(TenantManagement tenants, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed() {
        tenants.findByCode("barnet")
                .ifPresent(barnet -> transactions.executeWithoutResult(status -> {
                    var tenant = barnet.id().value();
                    var existing = jdbc.queryForObject(
                            "select count(*) from partner_grant where tenant_id = ?", Long.class, tenant);
                    if (existing != null && existing > 0) {
                        return;
                    }
                    var now = Timestamp.from(clock.instant());
                    var year = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
                    var start = LocalDate.of(year.getMonthValue() >= 4 ? year.getYear() : year.getYear() - 1, 4, 1);
                    jdbc.update(
                            "insert into partner_grant (id, tenant_id, source, amount_pence, starts_on, ends_on, pays_for,"
                                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            UUID.randomUUID(),
                            tenant,
                            "Home Office Prevent grant",
                            9_800_000L,
                            start,
                            start.plusYears(1).minusDays(1),
                            "The Prevent coordinator and Prevent education officer posts (illustrative amount)",
                            SYSTEM,
                            now);
                    for (var contract : new Object[][] {
                        {"Youth outreach in Edgware and Burnt Oak", "Edgware Youth Link (demo)", true},
                        {"Security at council buildings", "Guarding contractor (demo)", false}
                    }) {
                        jdbc.update(
                                "insert into partner_contract (id, tenant_id, service, provider, starts_on, ends_on,"
                                        + " prevent_clause, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                UUID.randomUUID(),
                                tenant,
                                contract[0],
                                contract[1],
                                start,
                                start.plusYears(3).minusDays(1),
                                contract[2],
                                SYSTEM,
                                now);
                    }
                    jdbc.update(
                            "insert into partner_venue_check (id, tenant_id, venue, booked_by, on_behalf_of, event, event_on,"
                                    + " speakers, checks_done, outcome, decided_by, decided_on, recorded_by, recorded_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            UUID.randomUUID(),
                            tenant,
                            "Hendon library meeting room (demo)",
                            "A residents' association (demo)",
                            null,
                            "Community meeting on local safety",
                            year.minusDays(10),
                            "Two local councillors",
                            "Who is booking and for whom, the speakers and their public statements",
                            "ALLOWED",
                            "Facilities manager",
                            year.minusDays(24),
                            SYSTEM,
                            now);
                }));
        tenants.findByCode("westminster")
                .ifPresent(westminster -> transactions.executeWithoutResult(status -> {
                    var tenant = westminster.id().value();
                    var existing = jdbc.queryForObject(
                            "select count(*) from partner_project where tenant_id = ?", Long.class, tenant);
                    if (existing != null && existing > 0) {
                        return;
                    }
                    var now = Timestamp.from(clock.instant());
                    var parenting = project(
                            tenant,
                            "Prevent parenting programme (Strengthening Families, Strengthening Communities)",
                            "Church Street Parents Network (demo)",
                            "Home Office Prevent grant",
                            4_500_000L,
                            "Help parents build stronger relationships with their children and recognise the signs that a young"
                                    + " person needs support, including around radicalisation, gangs and internet safety.",
                            "Parents across Westminster, by self-referral or through support services",
                            now);
                    int[][] parents = {{2, 27, 25, 2}, {2, 28, 26, 2}, {3, 38, 35, 3}, {2, 29, 27, 2}};
                    for (var q = 0; q < 4; q++) {
                        var p = parents[q];
                        output(
                                tenant,
                                parenting,
                                LocalDate.of(2016, 4, 1).plusMonths(3L * q),
                                p[0],
                                p[0] * 6,
                                p[1],
                                new int[] {0, 0, p[1], 0},
                                new int[] {p[2], p[3], 0},
                                q == 3
                                        ? "\"This course is changing me and making me a better mother, my kids are happier"
                                                + " and their behaviour is improved in school.\""
                                        : null,
                                now);
                    }
                    var gangs = project(
                            tenant,
                            "Gangs and Radicalisation Project",
                            "Four local youth projects (demo)",
                            "Home Office Prevent grant",
                            2_800_000L,
                            "Explore young people's grievances and the shared vulnerabilities behind gangs and extremism, and"
                                    + " hear from people who lived the consequences.",
                            "Young people aged 16 to 24 outside educational settings",
                            now);
                    int[][] young = {{20, 13, 7}, {24, 16, 8}, {26, 17, 9}, {22, 14, 8}};
                    for (var q = 0; q < 4; q++) {
                        var y = young[q];
                        output(
                                tenant,
                                gangs,
                                LocalDate.of(2016, 4, 1).plusMonths(3L * q),
                                0,
                                8,
                                y[0],
                                new int[] {0, y[0], 0, 0},
                                new int[] {y[2], y[1], 0},
                                null,
                                now);
                    }
                    var schools = jdbc.queryForList(
                            "select id from partner_organisation where tenant_id = ? order by name",
                            UUID.class,
                            tenant);
                    var kinds = new String[] {"VISIT", "BRIEFING", "TRAINING_OFFERED", "EVENT"};
                    for (var i = 0; i < schools.size(); i++) {
                        jdbc.update(
                                "insert into partner_engagement (id, tenant_id, organisation_id, happened_on, kind, led_by,"
                                        + " summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                UUID.randomUUID(),
                                tenant,
                                schools.get(i),
                                LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")))
                                        .minusDays(20L + 30L * i),
                                kinds[i % kinds.length],
                                "Prevent engagement officer",
                                "Raised awareness of the parenting programme and the referral pathway.",
                                SYSTEM,
                                now);
                    }
                }));
    }

    private UUID project(
            UUID tenant,
            String title,
            String provider,
            String funding,
            long pence,
            String aims,
            String target,
            Timestamp now) {
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into partner_project (id, tenant_id, title, provider, funding_source, amount_pence, starts_on,"
                        + " ends_on, aims, target_group, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id,
                tenant,
                title,
                provider,
                funding,
                pence,
                LocalDate.of(2016, 4, 1),
                LocalDate.of(2017, 3, 31),
                aims,
                target,
                SYSTEM,
                now);
        return id;
    }

    private void output(
            UUID tenant,
            UUID project,
            LocalDate quarter,
            int series,
            int sessions,
            int participants,
            int[] ages,
            int[] sexes,
            @org.jspecify.annotations.Nullable String feedback,
            Timestamp now) {
        jdbc.update(
                "insert into partner_project_output (id, tenant_id, project_id, quarter_start, series_delivered,"
                        + " sessions_delivered, participants, age_under_16, age_16_to_24, age_25_and_over, age_unknown,"
                        + " sex_female, sex_male, sex_unknown, feedback, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                tenant,
                project,
                quarter,
                series,
                sessions,
                participants,
                ages[0],
                ages[1],
                ages[2],
                ages[3],
                sexes[0],
                sexes[1],
                sexes[2],
                feedback,
                SYSTEM,
                now);
    }
}
