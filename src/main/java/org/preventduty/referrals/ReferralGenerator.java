package org.preventduty.referrals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.WorkingDays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many submitted referrals at once, straight to the tables in batches, for demo data and benchmarks. Nothing is
 * audited: these rows are no one's actions. Real referrals go through {@link ReferralIntake}.
 */
@Component
class ReferralGenerator {

    private static final int BATCH = 1_000;

    /**
     * A referral to write.
     *
     * @param receivedOn the day received.
     * @param givenName the person's given name.
     * @param familyName the person's family name.
     * @param dateOfBirth the person's date of birth.
     * @param sex the person's sex.
     * @param postcode the person's postcode.
     * @param sector the referrer's sector, a SECTOR code.
     * @param concern the type of concern as a code of the current list; written as the code of the list in force on
     *     the day received that counts as it.
     * @param immediateRisk whether the referrer said someone was in immediate danger.
     * @param summary what was seen or heard.
     * @param referrerName the referrer.
     * @param referrerOrganisation their organisation.
     * @param createdBy the user who sent it.
     * @param screeningStarted whether the Prevent lead has started screening (when not decided).
     * @param outcome the screening outcome, or {@literal null} while it waits.
     * @param appropriate whether it was appropriate for Prevent.
     * @param signpostedTo the service signposted to, for {@code SIGNPOSTED}.
     * @param reason the reason for the decision.
     * @param feedback the feedback for the referrer.
     * @param decidedBy the Prevent lead.
     * @param sameAs the index, in the same list, of an earlier referral about the same person; or -1.
     * @param ethnicity an ETHNICITY code.
     * @param religion a RELIGION code.
     */
    record Planned(
            LocalDate receivedOn,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            Sex sex,
            @Nullable String postcode,
            String sector,
            String concern,
            boolean immediateRisk,
            String summary,
            String referrerName,
            String referrerOrganisation,
            UUID createdBy,
            boolean screeningStarted,
            @Nullable ScreeningOutcome outcome,
            boolean appropriate,
            @Nullable String signpostedTo,
            @Nullable String reason,
            @Nullable String feedback,
            @Nullable UUID decidedBy,
            int sameAs,
            @Nullable String ethnicity,
            @Nullable String religion) {}

    private final JdbcTemplate jdbc;
    private final CodeLists codes;
    private final ReferralSettings settings;
    private final StatisticRows statistics;

    ReferralGenerator(JdbcTemplate jdbc, CodeLists codes, ReferralSettings settings, StatisticRows statistics) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.settings = settings;
        this.statistics = statistics;
    }

    /** Writes the referrals in order of receipt, numbering them after any the tenant already has; returns their ids. */
    List<UUID> write(UUID tenantId, List<Planned> planned) {
        var concernCodes = concernCodes();
        var counters = new HashMap<Integer, Integer>();
        jdbc.query(
                "select counter_year, last_number from referral_counter where tenant_id = ?",
                rows -> {
                    counters.put(rows.getInt(1), rows.getInt(2));
                },
                tenantId);
        var ids = new ArrayList<UUID>(planned.size());
        var roots = new ArrayList<UUID>(planned.size());
        var people = new ArrayList<Object[]>();
        var names = new ArrayList<Object[]>();
        var referrals = new ArrayList<Object[]>();
        var equality = new ArrayList<Object[]>();
        var history = new ArrayList<Object[]>();
        var matches = new ArrayList<Object[]>();
        var links = new ArrayList<Object[]>();
        var figures = new ArrayList<Object[]>();
        for (var p : planned) {
            var id = UUID.randomUUID();
            var ownPerson = UUID.randomUUID();
            var submittedAt = at(p.receivedOn(), 9, ids.size() % 50);
            // A decided repeat was linked by the lead; a waiting one shows the earlier person as a possible match.
            var earlier = p.sameAs() >= 0 ? roots.get(p.sameAs()) : null;
            var linked = earlier != null && p.outcome() != null;
            var root = linked ? earlier : ownPerson;
            var year = p.receivedOn().getYear();
            var number = counters.merge(year, 1, Integer::sum);
            var reference = "PR-%d-%05d".formatted(year, number);
            var version = codes.versionOn(CodeLists.TYPE_OF_CONCERN, p.receivedOn());
            var concern = concernCodes.getOrDefault(version + ":" + p.concern(), concernCodes.get(version + ":OTHER"));
            var due = WorkingDays.add(p.receivedOn(), settings.screeningWorkingDays());
            var decidedAt = p.outcome() == null ? null : at(WorkingDays.add(p.receivedOn(), 3), 15, 0);
            var status = p.outcome() != null
                    ? p.outcome().status()
                    : p.screeningStarted() ? ReferralStatus.IN_SCREENING : ReferralStatus.SUBMITTED;
            var personStatus = linked
                    ? PersonStatus.MERGED
                    : p.outcome() != null ? PersonStatus.CONFIRMED : PersonStatus.UNCONFIRMED;
            figures.add(statistics.row(
                    id,
                    tenantId,
                    p.receivedOn(),
                    p.sector(),
                    version,
                    concern,
                    p.dateOfBirth(),
                    null,
                    p.sex(),
                    p.outcome() == null ? null : p.appropriate(),
                    p.ethnicity(),
                    p.religion()));
            people.add(new Object[] {
                ownPerson,
                tenantId,
                personStatus.name(),
                linked ? root : null,
                p.dateOfBirth(),
                null,
                null,
                p.sex().name(),
                p.postcode(),
                id,
                ReferralRecords.at(submittedAt),
                0
            });
            names.add(new Object[] {
                ownPerson,
                0,
                tenantId,
                "NAME",
                p.givenName(),
                p.familyName(),
                NameKeys.key(p.givenName()),
                NameKeys.familyKey(p.familyName()),
                p.dateOfBirth()
            });
            referrals.add(new Object[] {
                id,
                tenantId,
                reference,
                status.name(),
                root,
                ownPerson,
                p.createdBy(),
                ReferralRecords.at(submittedAt.minusSeconds(1800)),
                ReferralRecords.at(submittedAt),
                p.receivedOn(),
                due,
                p.immediateRisk(),
                p.givenName(),
                p.familyName(),
                p.dateOfBirth(),
                p.sex().name(),
                p.postcode(),
                p.summary(),
                "EXPRESSED_EXTREMIST_VIEWS",
                concern,
                version,
                Awareness.NOT_KNOWN.name(),
                p.referrerName(),
                p.referrerOrganisation(),
                p.sector(),
                "referrals@" + p.sector().toLowerCase().replace('_', '-') + ".example",
                p.screeningStarted() || p.outcome() != null ? p.decidedBy() : null,
                p.screeningStarted() || p.outcome() != null
                        ? ReferralRecords.at(submittedAt.plusSeconds(86_400))
                        : null,
                p.outcome() == null ? null : p.outcome().name(),
                p.outcome() == null ? null : p.appropriate(),
                p.reason(),
                p.outcome() == ScreeningOutcome.SIGNPOSTED ? p.signpostedTo() : null,
                p.feedback(),
                p.outcome() == null ? null : p.decidedBy(),
                decidedAt == null ? null : ReferralRecords.at(decidedAt),
                decidedAt == null ? null : LocalDate.ofInstant(decidedAt, ReferralAccess.LONDON),
                p.outcome() == ScreeningOutcome.ACCEPTED_FOR_CHANNEL ? UUID.randomUUID() : null,
                p.outcome() == null ? 1 : 3
            });
            if (p.ethnicity() != null || p.religion() != null) {
                equality.add(new Object[] {id, tenantId, p.ethnicity(), p.religion(), ReferralRecords.at(submittedAt)});
            }
            history.add(new Object[] {
                UUID.randomUUID(), tenantId, id, ReferralRecords.at(submittedAt), p.createdBy(), "SUBMITTED", reference
            });
            if (earlier != null) {
                matches.add(new Object[] {
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    earlier,
                    new BigDecimal("0.960"),
                    "match.given.same,match.family.same,match.dob.same",
                    ReferralRecords.at(submittedAt)
                });
                history.add(new Object[] {
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    ReferralRecords.at(submittedAt.plusSeconds(60)),
                    p.createdBy(),
                    "MATCHES_FOUND",
                    "1"
                });
            }
            if (linked) {
                var linker = p.decidedBy();
                links.add(new Object[] {
                    UUID.randomUUID(), tenantId, id, root, linker, ReferralRecords.at(submittedAt.plusSeconds(3_600))
                });
                history.add(new Object[] {
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    ReferralRecords.at(submittedAt.plusSeconds(3_600)),
                    linker,
                    "LINKED_TO_PERSON",
                    root.toString()
                });
            }
            if (decidedAt != null) {
                history.add(new Object[] {
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    ReferralRecords.at(decidedAt),
                    p.decidedBy(),
                    "DECIDED",
                    p.outcome().name()
                });
            }
            ids.add(id);
            roots.add(root);
        }
        batch(
                "insert into person (id, tenant_id, status, merged_into, date_of_birth, approximate_age, age_recorded_on,"
                        + " sex, postcode, created_from_referral, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                people);
        batch(
                "insert into person_name (person_id, position, tenant_id, kind, given_name, family_name, given_key,"
                        + " family_key, date_of_birth) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                names);
        batch(
                "insert into referral (id, tenant_id, reference, status, person_id, own_person_id, created_by, created_at,"
                        + " submitted_at, received_on, due_on, immediate_risk, subject_given_name, subject_family_name,"
                        + " subject_date_of_birth, subject_sex, subject_postcode, concern_summary, concern_indicators,"
                        + " concern_type_of_concern, concern_type_of_concern_version, concern_person_aware, referrer_name,"
                        + " referrer_organisation, referrer_sector, referrer_email, screening_started_by, screening_started_at,"
                        + " decision_outcome, decision_appropriate, decision_reason, decision_signposted_to, decision_feedback,"
                        + " decision_decided_by, decision_decided_at, decision_decided_on, channel_case_id, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?)",
                referrals);
        batch(StatisticRows.INSERT, figures);
        batch(
                "insert into referral_equality (referral_id, tenant_id, ethnicity, religion, recorded_at)"
                        + " values (?, ?, ?, ?, ?)",
                equality);
        batch(
                "insert into referral_history (id, tenant_id, referral_id, occurred_at, actor_id, kind, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                history);
        batch(
                "insert into referral_match (id, tenant_id, referral_id, person_id, score, reasons, found_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                matches);
        batch(
                "insert into referral_person_link (id, tenant_id, referral_id, person_id, linked_by, linked_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                links);
        new TreeMap<>(counters).forEach((year, last) -> {
            if (jdbc.update(
                            "update referral_counter set last_number = ? where tenant_id = ? and counter_year = ?",
                            last,
                            tenantId,
                            year)
                    == 0) {
                jdbc.update(
                        "insert into referral_counter (tenant_id, counter_year, last_number) values (?, ?, ?)",
                        tenantId,
                        year,
                        last);
            }
        });
        return ids;
    }

    /** The age of someone born on the day, on another day. */
    static int age(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears();
    }

    /** Version and current code to the code of that version that counts as it. */
    private Map<String, String> concernCodes() {
        var map = new HashMap<String, String>();
        for (var code : codes.all(CodeLists.TYPE_OF_CONCERN)) {
            map.putIfAbsent(code.version() + ":" + code.mapsTo(), code.code());
        }
        return map;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute))
                .atZone(ReferralAccess.LONDON)
                .toInstant();
    }
}
