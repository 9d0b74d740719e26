package org.preventduty.referrals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.referrals.PersonMatcher.Description;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the people of a tenant who may be the person of a new referral: candidates by the phonetic keys of their
 * names and aliases and by date of birth, then scored by {@link PersonMatcher}. A person merged into another counts
 * as that other person, with all the names of both. Every method must run in a transaction.
 */
@Component
class PersonMatching {

    static final int MAX_CANDIDATES = 500;
    static final int MAX_MATCHES = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonMatching(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A possible match.
     *
     * @param personId the person (never a merged one).
     * @param score between 0 and 1.
     * @param reasons message keys saying why.
     */
    record Match(UUID personId, double score, List<String> reasons) {}

    List<Match> find(UUID tenantId, @Nullable UUID ownPersonId, Description referred, LocalDate on) {
        return find(tenantId, ownPersonId, referred, on, PersonMatcher.THRESHOLD);
    }

    /** The people who may be the one described, scoring at least the threshold, best first. */
    List<Match> find(UUID tenantId, @Nullable UUID ownPersonId, Description referred, LocalDate on, double threshold) {
        var keys = new HashSet<String>();
        for (var name : referred.names()) {
            add(keys, NameKeys.key(name[0]));
            add(keys, NameKeys.familyKey(name[1]));
            add(keys, NameKeys.familyKey(name[0]));
            add(keys, NameKeys.key(name[1]));
        }
        var targets = new HashSet<UUID>();
        if (!keys.isEmpty()) {
            targets.addAll(jdbc.sql("select distinct coalesce(p.merged_into, p.id) from person_name n"
                            + " join person p on p.id = n.person_id"
                            + " where n.tenant_id = :tenant and (n.family_key in (:keys) or n.given_key in (:keys))"
                            + " limit :limit")
                    .param("tenant", tenantId)
                    .param("keys", keys)
                    .param("limit", MAX_CANDIDATES)
                    .query(UUID.class)
                    .list());
        }
        if (referred.dateOfBirth() != null) {
            targets.addAll(jdbc.sql("select distinct coalesce(merged_into, id) from person"
                            + " where tenant_id = ? and date_of_birth = ? limit ?")
                    .params(tenantId, referred.dateOfBirth(), MAX_CANDIDATES)
                    .query(UUID.class)
                    .list());
        }
        if (ownPersonId != null) {
            targets.remove(ownPersonId);
        }
        if (targets.isEmpty()) {
            return List.of();
        }
        var matches = new ArrayList<Match>();
        describe(tenantId, targets, on).forEach((personId, descriptions) -> {
            PersonMatcher.Score best = null;
            for (var description : descriptions) {
                var score = PersonMatcher.score(referred, description);
                if (best == null || score.score() > best.score()) {
                    best = score;
                }
            }
            if (best != null && best.score() >= threshold) {
                matches.add(new Match(personId, best.score(), best.reasons()));
            }
        });
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.size() > MAX_MATCHES ? List.copyOf(matches.subList(0, MAX_MATCHES)) : List.copyOf(matches);
    }

    /** How each target person, and each person merged into it, is described. */
    private Map<UUID, List<Description>> describe(UUID tenantId, java.util.Set<UUID> targets, LocalDate on) {
        record Row(
                UUID target,
                UUID person,
                @Nullable LocalDate dob,
                @Nullable Integer age,
                @Nullable LocalDate ageOn,
                String sex,
                @Nullable String postcode,
                @Nullable String given,
                @Nullable String family) {}
        var rows = jdbc.sql("select coalesce(p.merged_into, p.id) as target, p.id, p.date_of_birth, p.approximate_age,"
                        + " p.age_recorded_on, p.sex, p.postcode, n.given_name, n.family_name"
                        + " from person p join person_name n on n.person_id = p.id"
                        + " where p.tenant_id = :tenant and (p.id in (:targets) or p.merged_into in (:targets))"
                        + " order by p.id, n.position")
                .param("tenant", tenantId)
                .param("targets", targets)
                .query((r, n) -> new Row(
                        r.getObject(1, UUID.class),
                        r.getObject(2, UUID.class),
                        r.getObject(3, LocalDate.class),
                        (Integer) r.getObject(4),
                        r.getObject(5, LocalDate.class),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9)))
                .list();
        var byPerson = new LinkedHashMap<UUID, List<Row>>();
        rows.forEach(row ->
                byPerson.computeIfAbsent(row.person(), k -> new ArrayList<>()).add(row));
        var result = new HashMap<UUID, List<Description>>();
        byPerson.values().forEach(personRows -> {
            var first = personRows.get(0);
            var names = personRows.stream()
                    .map(r -> new String[] {r.given(), r.family()})
                    .toList();
            Integer age = first.dob() != null
                    ? Integer.valueOf(Period.between(first.dob(), on).getYears())
                    : first.age() != null && first.ageOn() != null
                            ? Integer.valueOf(first.age()
                                    + Period.between(first.ageOn(), on).getYears())
                            : null;
            result.computeIfAbsent(first.target(), k -> new ArrayList<>())
                    .add(new Description(names, first.dob(), age, Sex.valueOf(first.sex()), first.postcode()));
        });
        return result;
    }

    void store(UUID tenantId, UUID referralId, List<Match> matches) {
        jdbc.sql("delete from referral_match where tenant_id = ? and referral_id = ?")
                .params(tenantId, referralId)
                .update();
        for (var match : matches) {
            jdbc.sql("insert into referral_match (id, tenant_id, referral_id, person_id, score, reasons, found_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            tenantId,
                            referralId,
                            match.personId(),
                            BigDecimal.valueOf(match.score()).setScale(3, RoundingMode.HALF_UP),
                            String.join(",", match.reasons()),
                            ReferralRecords.at(clock.instant()))
                    .update();
        }
    }

    List<Match> stored(UUID tenantId, UUID referralId) {
        return jdbc
                .sql("select person_id, score, reasons from referral_match where tenant_id = ? and referral_id = ?"
                        + " order by score desc")
                .params(tenantId, referralId)
                .query((rows, n) -> new Match(
                        rows.getObject(1, UUID.class),
                        rows.getBigDecimal(2).doubleValue(),
                        List.of(rows.getString(3).split(","))))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private static void add(java.util.Set<String> keys, @Nullable String key) {
        if (key != null) {
            keys.add(key);
        }
    }
}
