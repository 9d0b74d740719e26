package org.preventduty.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.UserDirectory;
import org.preventduty.referrals.ReferralGenerator.Planned;
import org.preventduty.shared.DemoDataSeeder;
import org.preventduty.shared.TenantId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo referrals in every demo council across the years, with spreads of sector, type of concern, age and outcome like
 * the national statistics; Birmingham's fall from 2015 to 2017 with fewer inappropriate referrals each year, as its
 * children's social care reported; Wolverhampton's 21 referrals of 2014/15, 18 of them in the third and fourth
 * quarters, as its scrutiny review reported. Each council also has referrals waiting for screening, one of them
 * overdue and one a possible repeat, and a person referred three times without reaching the panel. All the people are
 * invented.
 */
@Component
@Order(20)
class ReferralDemoData implements DemoDataSeeder {

    /** How many referrals a period has, and what share of them was not appropriate for Prevent. */
    record Period(LocalDate from, LocalDate to, int referrals, double inappropriate) {}

    static final Map<String, List<Period>> PLANS = Map.of(
            "barnet", yearly(LocalDate.of(2015, 4, 1), 45, 0.30),
            "birmingham", birmingham(),
            "westminster", yearly(LocalDate.of(2016, 4, 1), 55, 0.28),
            "wolverhampton", wolverhampton());

    private static final String[] MALE = {
        "Adam",
        "Ali",
        "Ben",
        "Callum",
        "Daniel",
        "Ethan",
        "Hamza",
        "Harry",
        "Ibrahim",
        "Jack",
        "Jamal",
        "Kacper",
        "Leo",
        "Liam",
        "Mason",
        "Mohammed",
        "Noah",
        "Oliver",
        "Omar",
        "Reece",
        "Ryan",
        "Tyler",
        "Yusuf",
        "Zain",
        "Kieran",
        "Bilal",
        "Connor",
        "Dylan",
        "Luca",
        "Tomasz"
    };
    private static final String[] FEMALE = {
        "Aisha", "Amelia", "Chloe", "Ella", "Fatima", "Grace", "Hannah", "Isla", "Jade", "Layla", "Maryam", "Mia",
        "Olivia", "Sophie", "Zara", "Amira", "Ruby", "Nadia"
    };
    private static final String[] FAMILY = {
        "Ahmed",
        "Akhtar",
        "Begum",
        "Brown",
        "Clarke",
        "Davies",
        "Evans",
        "Green",
        "Hussain",
        "Iqbal",
        "Jones",
        "Khan",
        "Kowalski",
        "Lewis",
        "Mahmood",
        "Murphy",
        "Novak",
        "Patel",
        "Roberts",
        "Shah",
        "Smith",
        "Taylor",
        "Thomas",
        "Walker",
        "White",
        "Williams",
        "Wilson",
        "Wright",
        "Osei",
        "Mensah",
        "Nowak",
        "Ward"
    };
    private static final String[][] SECTORS = {
        {"EDUCATION", "39"},
        {"POLICE", "25"},
        {"LOCAL_AUTHORITY", "9"},
        {"HEALTH", "9"},
        {"COMMUNITY", "3"},
        {"FRIENDS_AND_FAMILY", "4"},
        {"PRISON", "3"},
        {"PROBATION", "2"},
        {"OTHER", "6"}
    };
    private static final String[][] CONCERNS = {
        {"ISLAMIST", "19"},
        {"EXTREME_RIGHT_WING", "20"},
        {"MIXED_OR_UNCLEAR", "33"},
        {"NO_IDEOLOGY", "12"},
        {"FASCINATION_WITH_EXTREME_VIOLENCE", "9"},
        {"LEFT_WING_ANARCHIST_SINGLE_ISSUE", "2"},
        {"OTHER", "5"}
    };
    /** Age bands of people referred, with their shares: lowest age, highest age, share. */
    private static final int[][] AGES = {
        {8, 10, 5}, {11, 15, 37}, {16, 17, 14}, {18, 20, 9}, {21, 30, 14}, {31, 40, 10}, {41, 50, 6}, {51, 70, 5}
    };

    private static final String[][] OUTCOMES = {
        {"NO_FURTHER_ACTION", "33"},
        {"SIGNPOSTED", "37"},
        {"POLICE_LED", "15"},
        {"IMMEDIATE_RISK_ESCALATED", "2"},
        {"ACCEPTED_FOR_CHANNEL", "13"}
    };
    private static final String[] SIGNPOSTS = {
        "CHILDRENS_SOCIAL_CARE", "EARLY_HELP", "MENTAL_HEALTH", "ADULT_SOCIAL_CARE", "POLICE_NON_CT", "OTHER"
    };
    private static final String[][] ETHNICITIES = {
        {"WHITE_BRITISH", "50"},
        {"ASIAN_PAKISTANI", "10"},
        {"ASIAN_BANGLADESHI", "5"},
        {"BLACK_AFRICAN", "5"},
        {"MIXED_OTHER", "4"},
        {"WHITE_OTHER", "6"},
        {"OTHER_ARAB", "3"},
        {"NOT_KNOWN", "14"},
        {"PREFER_NOT_TO_SAY", "3"}
    };
    private static final String[][] RELIGIONS = {
        {"NO_RELIGION", "35"},
        {"MUSLIM", "20"},
        {"CHRISTIAN", "15"},
        {"SIKH", "2"},
        {"HINDU", "2"},
        {"NOT_KNOWN", "22"},
        {"PREFER_NOT_TO_SAY", "4"}
    };
    private static final Map<String, String> SUMMARIES = Map.of(
            "ISLAMIST", "Said in class that fighters abroad were heroes and shared a recruitment video with friends.",
            "EXTREME_RIGHT_WING", "Drew extreme right-wing symbols on books and repeated slogans about a race war.",
            "MIXED_OR_UNCLEAR", "Moves between several extremist ideas online and talks about wanting to hurt people.",
            "NO_IDEOLOGY", "Searched for how to make weapons after being bullied; no ideology is evident.",
            "FASCINATION_WITH_EXTREME_VIOLENCE", "Collects footage of school shootings and praises the attackers.",
            "LEFT_WING_ANARCHIST_SINGLE_ISSUE", "Talks of sabotaging a company's sites and hurting its staff.",
            "OTHER", "Expressed support for violence in the name of a cause that is not clear.");
    private static final Map<ScreeningOutcome, String> FEEDBACK = Map.of(
            ScreeningOutcome.NO_FURTHER_ACTION, "Thank you for the referral. No Prevent action is needed.",
            ScreeningOutcome.SIGNPOSTED, "Thank you. We have passed this to a service better placed to help.",
            ScreeningOutcome.POLICE_LED, "Thank you. The police are now leading on this.",
            ScreeningOutcome.IMMEDIATE_RISK_ESCALATED, "Thank you. This was escalated at once.",
            ScreeningOutcome.ACCEPTED_FOR_CHANNEL, "Thank you. The Channel panel will consider support.");

    private final ReferralGenerator generator;
    private final TenantManagement tenants;
    private final UserDirectory directory;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralDemoData(
            ReferralGenerator generator,
            TenantManagement tenants,
            UserDirectory directory,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.generator = generator;
        this.tenants = tenants;
        this.directory = directory;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var today = LocalDate.ofInstant(clock.instant(), ReferralAccess.LONDON);
        PLANS.forEach((code, periods) -> tenants.findByCode(code)
                .ifPresent(tenant -> transactions.executeWithoutResult(status -> {
                    var tenantId = tenant.id().value();
                    var existing = jdbc.sql("select count(*) from referral where tenant_id = ?")
                            .param(tenantId)
                            .query(Long.class)
                            .single();
                    var leads = directory.withRole(new TenantId(tenantId), Role.PREVENT_LEAD);
                    var referrers = directory.withRole(new TenantId(tenantId), Role.REFERRER);
                    if (existing > 0 || leads.isEmpty() || referrers.isEmpty()) {
                        return;
                    }
                    var plan = plan(
                            new Random(code.hashCode()),
                            periods,
                            today,
                            leads.get(0).id(),
                            referrers.get(0).id());
                    generator.write(tenantId, plan);
                })));
    }

    /** The referrals of a council: the periods' referrals, then a repeat person and those waiting now. */
    static List<Planned> plan(Random random, List<Period> periods, LocalDate today, UUID lead, UUID referrer) {
        var planned = new ArrayList<Planned>();
        for (var period : periods) {
            var last = period.to().isBefore(today.minusDays(20)) ? period.to() : today.minusDays(20);
            if (last.isBefore(period.from())) {
                continue;
            }
            var days = (int) (last.toEpochDay() - period.from().toEpochDay()) + 1;
            var count = period.to().isAfter(last)
                    ? (int) Math.round(period.referrals()
                            * days
                            / (double) (period.to().toEpochDay() - period.from().toEpochDay() + 1))
                    : period.referrals();
            var received = new ArrayList<LocalDate>();
            for (int i = 0; i < count; i++) {
                received.add(period.from().plusDays(random.nextInt(days)));
            }
            received.sort(null);
            for (var day : received) {
                var inappropriate = random.nextDouble() < period.inappropriate();
                var outcome = inappropriate
                        ? (random.nextBoolean() ? ScreeningOutcome.NO_FURTHER_ACTION : ScreeningOutcome.SIGNPOSTED)
                        : ScreeningOutcome.valueOf(pick(random, OUTCOMES));
                // Some repeat: about one in twelve is about someone referred before.
                var sameAs = !planned.isEmpty() && random.nextInt(12) == 0 ? random.nextInt(planned.size()) : -1;
                planned.add(referral(
                        random,
                        day,
                        outcome,
                        !inappropriate,
                        sameAs,
                        planned,
                        lead,
                        random.nextInt(3) == 0 ? referrer : lead));
            }
        }
        // A person referred three times, never reaching the panel.
        var first = planned.size();
        planned.add(referral(
                random, today.minusMonths(14), ScreeningOutcome.NO_FURTHER_ACTION, false, -1, planned, lead, referrer));
        planned.add(referral(
                random, today.minusMonths(8), ScreeningOutcome.SIGNPOSTED, true, first, planned, lead, referrer));
        planned.add(referral(
                random,
                today.minusMonths(3),
                ScreeningOutcome.NO_FURTHER_ACTION,
                true,
                first,
                planned,
                lead,
                referrer));
        // Waiting now: one overdue, one in screening, one said to be urgent, one a possible repeat of the person above.
        planned.add(referral(random, today.minusDays(12), null, true, -1, planned, lead, referrer));
        var screening = referral(random, today.minusDays(4), null, true, -1, planned, lead, lead);
        planned.add(new Planned(
                screening.receivedOn(),
                screening.givenName(),
                screening.familyName(),
                screening.dateOfBirth(),
                screening.sex(),
                screening.postcode(),
                screening.sector(),
                screening.concern(),
                false,
                screening.summary(),
                screening.referrerName(),
                screening.referrerOrganisation(),
                screening.createdBy(),
                true,
                null,
                true,
                null,
                null,
                null,
                lead,
                -1,
                screening.ethnicity(),
                screening.religion()));
        var urgent = referral(random, today.minusDays(1), null, true, -1, planned, lead, referrer);
        planned.add(new Planned(
                urgent.receivedOn(),
                urgent.givenName(),
                urgent.familyName(),
                urgent.dateOfBirth(),
                urgent.sex(),
                urgent.postcode(),
                urgent.sector(),
                urgent.concern(),
                true,
                urgent.summary(),
                urgent.referrerName(),
                urgent.referrerOrganisation(),
                urgent.createdBy(),
                false,
                null,
                true,
                null,
                null,
                null,
                lead,
                -1,
                urgent.ethnicity(),
                urgent.religion()));
        planned.add(referral(random, today, null, true, first, planned, lead, referrer));
        return planned;
    }

    private static Planned referral(
            Random random,
            LocalDate receivedOn,
            ScreeningOutcome outcome,
            boolean appropriate,
            int sameAs,
            List<Planned> earlier,
            UUID lead,
            UUID createdBy) {
        String given;
        String family;
        LocalDate born;
        Sex sex;
        String postcode;
        if (sameAs >= 0) {
            var before = earlier.get(sameAs);
            given = before.givenName();
            family = before.familyName();
            born = before.dateOfBirth();
            sex = before.sex();
            postcode = before.postcode();
        } else {
            sex = random.nextInt(100) < 89 ? Sex.MALE : random.nextInt(10) == 0 ? Sex.NOT_KNOWN : Sex.FEMALE;
            given = sex == Sex.FEMALE ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
            family = FAMILY[random.nextInt(FAMILY.length)];
            var band = AGES[pickIndex(random, AGES)];
            var age = band[0] + random.nextInt(band[1] - band[0] + 1);
            born = receivedOn.minusYears(age).minusDays(random.nextInt(365));
            postcode = null;
        }
        var sector = pick(random, SECTORS);
        var concern = pick(random, CONCERNS);
        return new Planned(
                receivedOn,
                given,
                family,
                born,
                sex,
                postcode,
                sector,
                concern,
                random.nextInt(50) == 0,
                SUMMARIES.get(concern),
                "Demo referrer",
                organisation(sector),
                createdBy,
                false,
                outcome,
                appropriate,
                outcome == ScreeningOutcome.SIGNPOSTED ? SIGNPOSTS[random.nextInt(SIGNPOSTS.length)] : null,
                outcome == null
                        ? null
                        : appropriate ? "Meets the threshold for this outcome." : "Not a Prevent concern.",
                outcome == null ? null : FEEDBACK.get(outcome),
                outcome == null ? null : lead,
                sameAs,
                pick(random, ETHNICITIES),
                pick(random, RELIGIONS));
    }

    private static String organisation(String sector) {
        return switch (sector) {
            case "EDUCATION" -> "Demo Academy";
            case "POLICE" -> "Demo Police";
            case "HEALTH" -> "Demo NHS Trust";
            case "LOCAL_AUTHORITY" -> "Demo Council";
            case "PRISON" -> "HMP Demo";
            case "PROBATION" -> "Demo Probation Service";
            default -> "Demo organisation";
        };
    }

    static List<Period> yearly(LocalDate start, int perYear, double inappropriate) {
        var periods = new ArrayList<Period>();
        for (var from = start; from.getYear() <= 2027; from = from.plusYears(1)) {
            periods.add(new Period(from, from.plusYears(1).minusDays(1), perYear, inappropriate));
        }
        return periods;
    }

    /** Fewer referrals each year from 2015 to 2017, and fewer of them inappropriate. */
    static List<Period> birmingham() {
        var periods = new ArrayList<Period>();
        periods.add(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), 120, 0.45));
        periods.add(new Period(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), 95, 0.33));
        periods.add(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), 70, 0.22));
        periods.addAll(yearly(LocalDate.of(2018, 1, 1), 75, 0.20));
        return periods;
    }

    /** 21 referrals in 2014/15, 18 of them from October to March; then more each year. */
    static List<Period> wolverhampton() {
        var periods = new ArrayList<Period>();
        periods.add(new Period(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 6, 30), 1, 0.3));
        periods.add(new Period(LocalDate.of(2014, 7, 1), LocalDate.of(2014, 9, 30), 2, 0.3));
        periods.add(new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31), 7, 0.3));
        periods.add(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31), 11, 0.3));
        periods.addAll(yearly(LocalDate.of(2015, 4, 1), 30, 0.28));
        return periods;
    }

    private static String pick(Random random, String[][] weighted) {
        var total = 0;
        for (var entry : weighted) {
            total += Integer.parseInt(entry[1]);
        }
        var chosen = random.nextInt(total);
        for (var entry : weighted) {
            chosen -= Integer.parseInt(entry[1]);
            if (chosen < 0) {
                return entry[0];
            }
        }
        return weighted[weighted.length - 1][0];
    }

    private static int pickIndex(Random random, int[][] weighted) {
        var total = 0;
        for (var entry : weighted) {
            total += entry[2];
        }
        var chosen = random.nextInt(total);
        for (int i = 0; i < weighted.length; i++) {
            chosen -= weighted[i][2];
            if (chosen < 0) {
                return i;
            }
        }
        return weighted.length - 1;
    }
}
