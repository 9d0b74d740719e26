package org.preventduty.risk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.DemoDataSeeder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo risk records for Barnet, after its 2020 report: the risk assessment out for consultation with its questionnaire
 * ready to send to partners, a few rated risks, an action plan with one action overdue, and part of the toolkit
 * self-assessment. The risks are illustrative.
 */
@Component
@Order(60)
class RiskDemoData implements DemoDataSeeder {

    private static final UUID SYSTEM = new UUID(0, 0);

    private record Risk(String title, RiskRules.Category category, int likelihood, int impact, String owner) {}

    private static final List<Risk> RISKS = List.of(
            new Risk("Online radicalisation of young people", RiskRules.Category.ONLINE, 4, 4, "Prevent coordinator"),
            new Risk(
                    "Extreme right-wing activity in the borough",
                    RiskRules.Category.THREAT,
                    3,
                    4,
                    "Community safety manager"),
            new Risk(
                    "Council venues hired for events with extremist speakers",
                    RiskRules.Category.PLACE,
                    2,
                    4,
                    "Head of facilities"),
            new Risk(
                    "Frontline staff not trained to recognise and refer",
                    RiskRules.Category.SECTOR,
                    2,
                    3,
                    "Prevent education officer"),
            new Risk(
                    "Unregistered settings teaching children",
                    RiskRules.Category.INSTITUTION,
                    2,
                    2,
                    "Prevent education officer"));

    private static final List<String> QUESTIONS = List.of(
            "What risks of radicalisation do you see among the people your organisation works with?",
            "Which places, groups or online spaces in the borough concern you, and why?",
            "What does your organisation do now to reduce these risks, and what would help it do more?",
            "Is there anything the council's Prevent team should know that this questionnaire has not asked?");

    private final TenantManagement tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RiskDemoData(TenantManagement tenants, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
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
                            "select count(*) from risk_assessment where tenant_id = ?", Long.class, tenant);
                    if (existing != null && existing > 0) {
                        return;
                    }
                    var now = Timestamp.from(clock.instant());
                    var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
                    var assessment = UUID.randomUUID();
                    jdbc.update(
                            "insert into risk_assessment (id, tenant_id, version_number, title, status, created_by,"
                                    + " created_at, version) values (?, ?, 1, ?, 'CONSULTATION', ?, ?, 0)",
                            assessment,
                            tenant,
                            "Barnet Radicalisation and Counter Terrorism Risk Assessment",
                            SYSTEM,
                            now);
                    for (var i = 0; i < QUESTIONS.size(); i++) {
                        jdbc.update(
                                "insert into risk_question (id, tenant_id, assessment_id, position, text)"
                                        + " values (?, ?, ?, ?, ?)",
                                UUID.randomUUID(),
                                tenant,
                                assessment,
                                i + 1,
                                QUESTIONS.get(i));
                    }
                    UUID first = null;
                    for (var risk : RISKS) {
                        var id = UUID.randomUUID();
                        first = first == null ? id : first;
                        jdbc.update(
                                "insert into risk_item (id, tenant_id, assessment_id, title, category, likelihood, impact,"
                                        + " residual_likelihood, residual_impact, owner, rated_on, created_by, created_at,"
                                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                                id,
                                tenant,
                                assessment,
                                risk.title(),
                                risk.category().name(),
                                risk.likelihood(),
                                risk.impact(),
                                Math.max(1, risk.likelihood() - 1),
                                risk.impact(),
                                risk.owner(),
                                today.minusMonths(2),
                                SYSTEM,
                                now);
                    }
                    action(
                            tenant,
                            first,
                            null,
                            "Run online safety sessions for parents with the schools",
                            "Prevent" + " education officer",
                            today.minusDays(14),
                            "ON_TRACK",
                            now);
                    action(
                            tenant,
                            null,
                            RiskRules.ToolkitSection.PERMISSIVE_ENVIRONMENTS,
                            "Publish the venue hire checks and train the bookings team",
                            "Head of facilities",
                            today.plusMonths(2),
                            "NOT_STARTED",
                            now);
                    action(
                            tenant,
                            null,
                            RiskRules.ToolkitSection.TRAINING_PROGRAMME,
                            "Offer WRAP to every Family Services team",
                            "Prevent education officer",
                            today.plusMonths(4),
                            "ON_TRACK",
                            now);
                    for (var section : List.of(
                            RiskRules.ToolkitSection.PARTNERSHIP_GROUP,
                            RiskRules.ToolkitSection.CHANNEL_PANEL,
                            RiskRules.ToolkitSection.TRAINING_PROGRAMME)) {
                        jdbc.update(
                                "insert into risk_toolkit_rating (id, tenant_id, section, rag, evidence, assessed_on,"
                                        + " assessed_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                                UUID.randomUUID(),
                                tenant,
                                section.name(),
                                section == RiskRules.ToolkitSection.TRAINING_PROGRAMME ? "AMBER" : "GREEN",
                                "See the annual update to the Adults and Safeguarding Committee",
                                today.minusMonths(1),
                                SYSTEM,
                                now);
                    }
                }));
    }

    private void action(
            UUID tenant,
            @Nullable UUID risk,
            RiskRules.@Nullable ToolkitSection section,
            String title,
            String owner,
            LocalDate due,
            String status,
            Timestamp now) {
        jdbc.update(
                "insert into risk_action (id, tenant_id, risk_id, toolkit_section, title, owner_name, due_on, status,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                UUID.randomUUID(),
                tenant,
                risk,
                section == null ? null : section.name(),
                title,
                owner,
                due,
                status,
                SYSTEM,
                now);
    }
}
