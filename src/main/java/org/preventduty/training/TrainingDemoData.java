package org.preventduty.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.DemoDataSeeder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training records. Barnet's Adults and Health department reproduces Table 1 of the council's 2020 report: 302 staff
 * in post requiring training on 31 December 2020, 287 of them trained, and 35 WRAP3 sessions delivered between January
 * 2018 and December 2020. Other departments and councils have plausible records, some expiring. The names are invented.
 */
@Component
@Order(40)
class TrainingDemoData implements DemoDataSeeder {

    private static final List<String> COUNCILS = List.of("barnet", "birmingham", "westminster", "wolverhampton");
    private static final String[] GIVEN = {
        "Amara", "Ben", "Carys", "Dev", "Esme", "Farid", "Gemma", "Hugo", "Ines", "Jonah", "Keira", "Luis", "Maya",
        "Nikhil", "Orla", "Piotr", "Quinn", "Rhea", "Sami", "Tess", "Umar", "Vera", "Wes", "Yara", "Zane"
    };
    private static final String[] FAMILY = {
        "Abbott", "Bianchi", "Chowdhury", "Dunmore", "Ekwueme", "Fairley", "Gallagher", "Hussey", "Iwu", "Jarvis",
        "Kowal", "Lindqvist", "Mbeki", "Novak", "Okafor", "Pryce", "Quayle", "Rasheed", "Sorensen", "Thorne"
    };

    private final TenantManagement tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingDemoData(TenantManagement tenants, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Department(String name, int inPost, int trained, int tier, int sessions, String role) {}

    @Override
    public void seed() {
        for (var code : COUNCILS) {
            tenants.findByCode(code)
                    .ifPresent(tenant -> transactions.executeWithoutResult(status -> {
                        var id = tenant.id().value();
                        var existing = jdbc.queryForObject(
                                "select count(*) from training_staff where tenant_id = ?", Long.class, id);
                        if (existing != null && existing > 0) {
                            return;
                        }
                        var departments = "barnet".equals(code)
                                ? List.of(
                                        new Department("Adults and Health", 302, 287, 2, 35, "Social worker"),
                                        new Department("Family Services", 180, 151, 2, 18, "Family support worker"),
                                        new Department("Environment", 120, 64, 1, 0, "Officer"))
                                : List.of(
                                        new Department("Children's Services", 150, 122, 2, 14, "Social worker"),
                                        new Department("Adult Social Care", 110, 83, 2, 10, "Care coordinator"),
                                        new Department("Housing", 70, 40, 1, 0, "Housing officer"));
                        seed(id, code, departments);
                    }));
        }
    }

    private void seed(UUID tenant, String code, List<Department> departments) {
        var random = new Random(code.hashCode());
        var now = Timestamp.from(clock.instant());
        var wrap =
                course(tenant, "WRAP3", "Workshop to Raise Awareness of Prevent (WRAP3)", 2, "FACE_TO_FACE", 36, now);
        var elearning = course(tenant, "PREVENT-EL", "Prevent awareness e-learning", 1, "E_LEARNING", 24, now);
        course(tenant, "CHANNEL-AW", "Channel awareness for panel members", 3, "ONLINE", 36, now);
        var staff = new ArrayList<Object[]>();
        var sessions = new ArrayList<Object[]>();
        var completions = new ArrayList<Object[]>();
        var number = 0;
        for (var department : departments) {
            var ids = new ArrayList<UUID>();
            // Staff in post on 31 December 2020 and since before January 2018, then a few leavers.
            for (var i = 0; i < department.inPost() + 6; i++) {
                var id = UUID.randomUUID();
                var leaver = i >= department.inPost();
                var name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                staff.add(new Object[] {
                    id,
                    tenant,
                    "%s%05d".formatted(code.substring(0, 2).toUpperCase(java.util.Locale.ROOT), ++number),
                    name,
                    name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + number + "@" + code + ".example",
                    "The council",
                    department.name(),
                    department.role(),
                    false,
                    department.tier(),
                    LocalDate.of(2010 + random.nextInt(8), 1 + random.nextInt(12), 1),
                    leaver ? LocalDate.of(2019, 1 + random.nextInt(12), 28) : null,
                    now,
                    now
                });
                if (!leaver) {
                    ids.add(id);
                }
            }
            var trained = ids.subList(0, department.trained());
            if (department.sessions() > 0) {
                // Sessions spread over January 2018 to December 2020; every trained member of staff attended one.
                var sessionDays = new ArrayList<LocalDate>();
                for (var s = 0; s < department.sessions(); s++) {
                    var day = LocalDate.of(2018, 1, 9).plusDays((long) s * 1090 / department.sessions());
                    var sessionId = UUID.randomUUID();
                    sessionDays.add(day);
                    sessions.add(
                            new Object[] {sessionId, tenant, wrap, day, department.name(), "Prevent coordinator", now});
                }
                for (var t = 0; t < trained.size(); t++) {
                    var s = t % department.sessions();
                    var day = sessionDays.get(s);
                    completions.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        trained.get(t),
                        wrap,
                        day,
                        TrainingRules.expiry(day, 36),
                        "SESSION",
                        sessions.get(sessions.size() - department.sessions() + s)[0],
                        now
                    });
                }
            } else {
                for (var t = 0; t < trained.size(); t++) {
                    // E-learning from 2019 to this year: some will have expired, some expire soon.
                    var day = LocalDate.of(2019, 1, 15).plusDays(random.nextInt(2_800));
                    if (day.isAfter(LocalDate.now(clock))) {
                        day = LocalDate.now(clock).minusDays(random.nextInt(300));
                    }
                    completions.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        trained.get(t),
                        elearning,
                        day,
                        TrainingRules.expiry(day, 24),
                        "IMPORT",
                        null,
                        now
                    });
                }
            }
        }
        jdbc.batchUpdate(
                "insert into training_staff (id, tenant_id, staff_id, name, email, organisation, department, job_role,"
                        + " elected_member, required_tier, start_date, end_date, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                staff);
        jdbc.batchUpdate(
                "insert into training_session (id, tenant_id, course_id, delivered_on, department, trainer, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, '00000000-0000-0000-0000-000000000000', ?)",
                sessions);
        jdbc.batchUpdate(
                "insert into training_completion (id, tenant_id, staff_row_id, course_id, completed_on, expires_on,"
                        + " source, session_id, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, '00000000-0000-0000-0000-000000000000', ?)",
                completions);
    }

    private UUID course(UUID tenant, String code, String title, int tier, String delivery, int months, Timestamp now) {
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into training_course (id, tenant_id, code, title, tier, delivery, validity_months, created_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id,
                tenant,
                code,
                title,
                tier,
                delivery,
                months,
                now);
        return id;
    }
}
