package org.preventduty.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.DemoDataSeeder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo governance records from the councils' reports: Barnet's five boards with their last Prevent updates (its 2020
 * report), and Wolverhampton's Prevent scrutiny review of 2013 with its 16 recommendations (12 accepted, 2 partially
 * accepted, 2 rejected), every one completed, ready to be signed off.
 */
@Component
@Order(50)
class GovernanceDemoData implements DemoDataSeeder {

    private static final UUID SYSTEM = new UUID(0, 0);

    private record Board(String name, String area, GovernanceRules.Frequency frequency, LocalDate last) {}

    private static final List<Board> BARNET = List.of(
            new Board(
                    "Barnet Council Management Team",
                    "Council progress on meeting duty",
                    GovernanceRules.Frequency.BI_ANNUAL,
                    LocalDate.of(2019, 12, 3)),
            new Board(
                    "The Safer Communities Partnership Board",
                    "Partnership action and inter-agency working to respond to local risk",
                    GovernanceRules.Frequency.ANNUAL,
                    LocalDate.of(2019, 7, 26)),
            new Board(
                    "The Children's Safeguarding Board (Executive committee)",
                    "Safeguarding children and educational services",
                    GovernanceRules.Frequency.ANNUAL,
                    LocalDate.of(2019, 1, 24)),
            new Board(
                    "The Health and Wellbeing Board",
                    "Health, prevention and care",
                    GovernanceRules.Frequency.ANNUAL,
                    LocalDate.of(2019, 1, 24)),
            new Board(
                    "The Adult Safeguarding Board",
                    "Adults at risk of abuse or neglect",
                    GovernanceRules.Frequency.ANNUAL,
                    LocalDate.of(2019, 2, 28)));

    private record Recommendation(
            int number, String theme, String text, GovernanceRules.Response response, String reason, String lead) {}

    private static final String MUSLIM_COMMUNITIES = "Understanding of, and engagement with, Muslim communities";
    private static final String KNOWLEDGE =
            "Knowledge and understanding of the drivers and causes of violent extremism and the Prevent objectives";
    private static final String ACTION_PLAN = "Development of a risk-based preventing violent extremism action plan";
    private static final String OVERSIGHT = "Effective oversight, delivery and evaluation of Prevent in Wolverhampton";

    private static final List<Recommendation> WOLVERHAMPTON = List.of(
            accepted(
                    1,
                    MUSLIM_COMMUNITIES,
                    "Amend the Prevent Delivery Plan to include specific actions aimed at"
                            + " sustaining the improved working relationships with local mosques.",
                    "Prevent lead and police" + " counter terrorism lead"),
            new Recommendation(
                    2,
                    MUSLIM_COMMUNITIES,
                    "Promote the use of community resources developed through Prevent-funded work to help communities"
                            + " understand one another.",
                    GovernanceRules.Response.PARTIALLY_ACCEPTED,
                    "Trained imams, college Prevent champions and the toolkit are used by arrangement with partners,"
                            + " but the community resources to support this are limited.",
                    "Prevent coordinator"),
            accepted(
                    3,
                    KNOWLEDGE,
                    "Hold detailed discussions with key partners on using existing resources and"
                            + " project learning to improve understanding of what creates the conditions for violent"
                            + " extremism.",
                    "Counter terrorism unit police lead and Prevent coordinator"),
            accepted(
                    4,
                    KNOWLEDGE,
                    "Brief all councillors on Prevent and the referral process, and annually at"
                            + " induction, including the current view of risk and threat.",
                    "Prevent lead"),
            accepted(
                    5,
                    KNOWLEDGE,
                    "Send a draft of the report to the Police and Crime Commissioner for comment and"
                            + " planned actions.",
                    "Prevent lead"),
            new Recommendation(
                    6,
                    ACTION_PLAN,
                    "Task the partnership with an action plan to improve the accuracy and quality of Channel data.",
                    GovernanceRules.Response.REJECTED,
                    "Information sharing and trust in the Channel referral process are developing and referrals are"
                            + " still low; a universal referral form and training will support this instead.",
                    "Safer Wolverhampton Partnership"),
            accepted(
                    7,
                    ACTION_PLAN,
                    "Invite the leads of Prevent-funded projects to contribute ideas to a refreshed"
                            + " delivery plan.",
                    "Prevent lead"),
            accepted(
                    8,
                    ACTION_PLAN,
                    "Report on the progress of the Prevent higher education coordinator in"
                            + " strengthening working between the university and other agencies.",
                    "Higher education" + " coordinator"),
            new Recommendation(
                    9,
                    ACTION_PLAN,
                    "Apply the principle of need to share, rather than need to know, where appropriate.",
                    GovernanceRules.Response.PARTIALLY_ACCEPTED,
                    "Concerns are shared among vetted panel members and the restricted local profile with partners;"
                            + " need to know still applies to personal information and national security.",
                    "Prevent coordinator"),
            accepted(
                    10,
                    OVERSIGHT,
                    "Ask the head teachers' forum to encourage schools to review their safeguarding"
                            + " arrangements with reference to Prevent.",
                    "Prevent coordinator and police lead"),
            new Recommendation(
                    11,
                    OVERSIGHT,
                    "Extend the delivery plan to work with primary schools.",
                    GovernanceRules.Response.REJECTED,
                    "Cohesion and citizenship activities suit the age range better, and local risk did not justify"
                            + " such interventions at the time.",
                    "Prevent coordinator"),
            accepted(
                    12,
                    OVERSIGHT,
                    "Discuss with the head teachers' forum their concerns about inviting projects that"
                            + " support Prevent into schools.",
                    "Police lead and Prevent coordinator"),
            accepted(
                    13,
                    OVERSIGHT,
                    "Present a progress report on engagement with schools at the end of the year.",
                    "Prevent coordinator"),
            accepted(
                    14,
                    OVERSIGHT,
                    "Report on progress in encouraging partners to prioritise mainstream resources" + " for Prevent.",
                    "Prevent coordinator"),
            accepted(
                    15,
                    OVERSIGHT,
                    "Brief councillors in wards where there are risks on the key issues of the local"
                            + " profile, mindful of its sensitivity.",
                    "Prevent lead"),
            accepted(
                    16,
                    OVERSIGHT,
                    "Brief newly elected councillors at induction on promoting community cohesion"
                            + " and on assuring themselves of Prevent's progress.",
                    "Prevent lead"));

    private static Recommendation accepted(int number, String theme, String text, String lead) {
        return new Recommendation(number, theme, text, GovernanceRules.Response.ACCEPTED, null, lead);
    }

    private final TenantManagement tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GovernanceDemoData(TenantManagement tenants, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var now = Timestamp.from(clock.instant());
        tenants.findByCode("barnet")
                .ifPresent(barnet -> transactions.executeWithoutResult(status -> {
                    var tenant = barnet.id().value();
                    if (count("governance_board", tenant) > 0) {
                        return;
                    }
                    for (var board : BARNET) {
                        var id = UUID.randomUUID();
                        jdbc.update(
                                "insert into governance_board (id, tenant_id, name, area_of_focus, frequency, last_update_on,"
                                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                                id,
                                tenant,
                                board.name(),
                                board.area(),
                                board.frequency().name(),
                                board.last(),
                                SYSTEM,
                                now);
                        jdbc.update(
                                "insert into governance_board_update (id, tenant_id, board_id, given_on, paper, outcome,"
                                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                                UUID.randomUUID(),
                                tenant,
                                id,
                                board.last(),
                                "Annual update on the delivery of the Prevent duty",
                                "Noted",
                                SYSTEM,
                                now);
                    }
                }));
        tenants.findByCode("wolverhampton")
                .ifPresent(wolverhampton -> transactions.executeWithoutResult(status -> {
                    var tenant = wolverhampton.id().value();
                    if (count("governance_review", tenant) > 0) {
                        return;
                    }
                    var review = UUID.randomUUID();
                    jdbc.update(
                            "insert into governance_review (id, tenant_id, title, concluded_on, created_by, created_at,"
                                    + " version) values (?, ?, ?, ?, ?, ?, 0)",
                            review,
                            tenant,
                            "Prevent Scrutiny Review (Safer Communities Scrutiny Panel, 2012/13)",
                            LocalDate.of(2013, 3, 14),
                            SYSTEM,
                            now);
                    for (var r : WOLVERHAMPTON) {
                        jdbc.update(
                                "insert into governance_recommendation (id, tenant_id, review_id, number, theme, body,"
                                        + " response, response_reason, lead, progress, status, created_at, updated_at,"
                                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, 0)",
                                UUID.randomUUID(),
                                tenant,
                                review,
                                r.number(),
                                r.theme(),
                                r.text(),
                                r.response().name(),
                                r.reason(),
                                r.lead(),
                                "Completed.",
                                now,
                                now);
                    }
                }));
    }

    private long count(String table, UUID tenant) {
        var found = jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Long.class, tenant);
        return found == null ? 0 : found;
    }
}
