package org.preventduty.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.preventduty.identity.TenantManagement;
import org.preventduty.partners.PartnerDirectory;
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
    private final PartnerDirectory partners;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ValidityPeriods validity;

    TrainingDemoData(
            TenantManagement tenants,
            PartnerDirectory partners,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Clock clock,
            ValidityPeriods validity) {
        this.validity = validity;
        this.tenants = tenants;
        this.partners = partners;
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
                        var trainers = jdbc.queryForObject(
                                "select count(*) from training_trainer where tenant_id = ?", Long.class, id);
                        if (existing != null && existing > 0) {
                            if (trainers != null && trainers == 0) {
                                delivery(id, code);
                                validity.recompute(id);
                            }
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
                        delivery(id, code);
                        validity.recompute(id);
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
            String manager = null;
            // Staff in post on 31 December 2020 and since before January 2018, then a few leavers.
            for (var i = 0; i < department.inPost() + 6; i++) {
                var id = UUID.randomUUID();
                var leaver = i >= department.inPost();
                var name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                var staffId = "%s%05d".formatted(code.substring(0, 2).toUpperCase(java.util.Locale.ROOT), ++number);
                staff.add(new Object[] {
                    id,
                    tenant,
                    staffId,
                    name,
                    name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + number + "@" + code + ".example",
                    "The council",
                    department.name(),
                    department.role(),
                    false,
                    department.tier(),
                    LocalDate.of(2010 + random.nextInt(8), 1 + random.nextInt(12), 1),
                    leaver ? LocalDate.of(2019, 1 + random.nextInt(12), 28) : null,
                    manager,
                    now,
                    now
                });
                // The first member of each department manages the rest, so that reminders reach a manager.
                manager = manager == null ? staffId : manager;
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
                        + " elected_member, required_tier, start_date, end_date, manager_staff_id, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
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

    /**
     * Trainers, sessions planned ahead and the staff of institutions: Barnet's monthly open WRAP sessions for the next
     * six months; Birmingham's schools, 17 of its 25 with an accredited trainer (68%, as its report gives for schools);
     * Wolverhampton's 24 councillors trained and 45 multi-agency trainers.
     */
    private void delivery(UUID tenant, String code) {
        var random = new Random(code.hashCode() * 31L);
        var now = Timestamp.from(clock.instant());
        var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        var courses = new java.util.HashMap<String, UUID>();
        jdbc.query(
                "select code, id from training_course where tenant_id = ?",
                rs -> {
                    courses.put(rs.getString(1), rs.getObject(2, UUID.class));
                },
                tenant);
        var trainers = new ArrayList<Object[]>();
        switch (code) {
            case "barnet" -> {
                for (var i = 0; i < 3; i++) {
                    trainers.add(trainer(tenant, random, "The council", today, now));
                }
                var series = UUID.randomUUID();
                var first = today.withDayOfMonth(1)
                        .plusMonths(1)
                        .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
                jdbc.update(
                        "insert into training_series (id, tenant_id, course_id, title, created_by, created_at)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        series,
                        tenant,
                        courses.get("WRAP3"),
                        "Open WRAP sessions, monthly",
                        SYSTEM,
                        now);
                for (var month = 0; month < 6; month++) {
                    var day = first.plusMonths(month)
                            .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
                    jdbc.update(
                            "insert into training_session (id, tenant_id, course_id, delivered_on, trainer, created_by,"
                                    + " created_at, status, series_id, starts_at, venue, online_link, capacity,"
                                    + " trainer_id) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?)",
                            UUID.randomUUID(),
                            tenant,
                            courses.get("WRAP3"),
                            day,
                            trainers.get(month % 3)[2],
                            SYSTEM,
                            now,
                            series,
                            java.time.LocalTime.of(month % 2 == 0 ? 10 : 14, 0),
                            month % 2 == 0 ? "Committee Room 2, council offices (demo)" : null,
                            month % 2 == 0 ? null : "https://meet.example/barnet-wrap",
                            20,
                            trainers.get(month % 3)[0]);
                }
            }
            case "birmingham" -> {
                var schools = partners.organisationsOf(tenant).stream()
                        .filter(o -> o.type() == org.preventduty.partners.OrganisationType.SCHOOL)
                        .map(PartnerDirectory.Organisation::name)
                        .toList();
                var staff = new ArrayList<Object[]>();
                var completions = new ArrayList<Object[]>();
                var number = 0;
                for (var s = 0; s < schools.size(); s++) {
                    for (var i = 0; i < 6; i++) {
                        var id = UUID.randomUUID();
                        var name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                        var lead = i == 0;
                        staff.add(new Object[] {
                            id,
                            tenant,
                            "BS%05d".formatted(++number),
                            name,
                            schools.get(s),
                            lead ? "Designated safeguarding lead" : (i % 2 == 0 ? "Teacher" : "Teaching assistant"),
                            lead ? 2 : 1,
                            now
                        });
                        if (lead || random.nextInt(10) < 7) {
                            var day = today.minusDays(30 + random.nextInt(600));
                            completions.add(new Object[] {
                                UUID.randomUUID(),
                                tenant,
                                id,
                                courses.get(lead ? "WRAP3" : "PREVENT-EL"),
                                day,
                                TrainingRules.expiry(day, lead ? 36 : 24),
                                now
                            });
                        }
                    }
                    // 17 of the 25 schools have an accredited trainer.
                    if (s < Math.round(schools.size() * 0.68)) {
                        trainers.add(trainer(tenant, random, schools.get(s), today, now));
                    }
                }
                jdbc.batchUpdate(
                        "insert into training_staff (id, tenant_id, staff_id, name, organisation, job_role,"
                                + " elected_member, required_tier, created_at, updated_at, version)"
                                + " values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)",
                        staff.stream()
                                .map(row -> new Object[] {
                                    row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[7]
                                })
                                .toList());
                completions(completions);
            }
            case "wolverhampton" -> {
                var organisations = new ArrayList<String>(List.of("The council"));
                partners.organisationsOf(tenant).forEach(o -> organisations.add(o.name()));
                for (var i = 0; i < 45; i++) {
                    trainers.add(trainer(tenant, random, organisations.get(i % organisations.size()), today, now));
                }
                var councillors = new ArrayList<Object[]>();
                var completions = new ArrayList<Object[]>();
                for (var i = 1; i <= 24; i++) {
                    var id = UUID.randomUUID();
                    councillors.add(new Object[] {
                        id,
                        tenant,
                        "CLLR%02d".formatted(i),
                        "Cllr " + GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)],
                        now,
                        now
                    });
                    var day = today.minusDays(20 + random.nextInt(500));
                    completions.add(new Object[] {
                        UUID.randomUUID(),
                        tenant,
                        id,
                        courses.get("PREVENT-EL"),
                        day,
                        TrainingRules.expiry(day, 24),
                        now
                    });
                }
                jdbc.batchUpdate(
                        "insert into training_staff (id, tenant_id, staff_id, name, organisation, job_role,"
                                + " elected_member, required_tier, created_at, updated_at, version)"
                                + " values (?, ?, ?, ?, 'The council', 'Councillor', true, 1, ?, ?, 0)",
                        councillors);
                completions(completions);
            }
            default -> {
                for (var i = 0; i < 4; i++) {
                    trainers.add(trainer(tenant, random, "The council", today, now));
                }
            }
        }
    }

    private static final UUID SYSTEM = new UUID(0, 0);

    private Object[] trainer(UUID tenant, Random random, String organisation, LocalDate today, Timestamp now) {
        var name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        var accredited = today.minusDays(30 + random.nextInt(700));
        var row = new Object[] {
            UUID.randomUUID(),
            tenant,
            name,
            name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@trainers.example",
            organisation,
            accredited,
            accredited.plusYears(3),
            SYSTEM,
            now
        };
        jdbc.update(
                "insert into training_trainer (id, tenant_id, name, email, organisation, accredited_on,"
                        + " accreditation_expires_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row);
        return row;
    }

    private void completions(List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into training_completion (id, tenant_id, staff_row_id, course_id, completed_on, expires_on,"
                        + " source, session_id, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'IMPORT', null, '00000000-0000-0000-0000-000000000000', ?)",
                rows);
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
