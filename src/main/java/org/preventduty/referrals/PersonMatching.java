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
import java.util.Set;
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
        var targets = candidates(tenantId, referred, threshold);
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

    /**
     * The people worth scoring. A score of {@link PersonMatcher#THRESHOLD} needs, when both dates of birth are known,
     * dates within about a year of each other (or the same date with day and month swapped); without them it needs
     * both names alike. So with a date of birth the names are looked up only within that range, however common they
     * are, and found again by the date alone in case both names changed. A search, with its lower threshold, looks more
     * widely, up to a limit.
     */
    private Set<UUID> candidates(UUID tenantId, Description referred, double threshold) {
        var familyKeys = new HashSet<String>();
        var givenKeys = new HashSet<String>();
        for (var name : referred.names()) {
            // Each part is looked up as either, so that given and family names written the wrong way round are found.
            add(familyKeys, NameKeys.familyKey(name[1]));
            add(familyKeys, NameKeys.familyKey(name[0]));
            add(givenKeys, NameKeys.key(name[0]));
            add(givenKeys, NameKeys.key(name[1]));
        }
        var targets = new HashSet<UUID>();
        var dob = referred.dateOfBirth();
        var params = new HashMap<String, Object>();
        params.put("tenant", tenantId);
        params.put("family", familyKeys.isEmpty() ? List.of("-") : familyKeys);
        params.put("given", givenKeys.isEmpty() ? List.of("-") : givenKeys);
        params.put("limit", MAX_CANDIDATES);
        if (dob != null) {
            params.put("from", dob.minusMonths(13));
            params.put("to", dob.plusMonths(13));
            params.put("dob", dob);
            params.put("swapped", swapped(dob));
        }
        if (threshold >= PersonMatcher.THRESHOLD) {
            var sql = new StringBuilder("select n.person_id from person_name n where n.tenant_id = :tenant"
                    + " and n.family_key in (:family) and n.given_key in (:given)");
            if (dob != null) {
                sql.append(" and (n.date_of_birth is null or n.date_of_birth between :from and :to)"
                        + " union select n.person_id from person_name n where n.tenant_id = :tenant"
                        + " and n.family_key in (:family) and n.date_of_birth between :from and :to"
                        + " union select n.person_id from person_name n where n.tenant_id = :tenant"
                        + " and n.given_key in (:given) and n.date_of_birth between :from and :to"
                        + " union select p.id from person p where p.tenant_id = :tenant"
                        + " and p.date_of_birth in (:dob, :swapped)");
            }
            targets.addAll(
                    jdbc.sql(sql.toString()).params(params).query(UUID.class).list());
        } else {
            targets.addAll(jdbc.sql("select n.person_id from person_name n where n.tenant_id = :tenant"
                            + " and (n.family_key in (:family) or n.given_key in (:given)) limit :limit")
                    .params(params)
                    .query(UUID.class)
                    .list());
            if (dob != null) {
                targets.addAll(jdbc.sql("select p.id from person p where p.tenant_id = :tenant"
                                + " and p.date_of_birth between :from and :to limit :limit")
                        .params(params)
                        .query(UUID.class)
                        .list());
            }
        }
        if (targets.isEmpty()) {
            return targets;
        }
        // Score people as they now are: someone linked into another counts as that other.
        return new HashSet<>(jdbc.sql("select distinct coalesce(merged_into, id) from person"
                        + " where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", targets)
                .query(UUID.class)
                .list());
    }

    private static LocalDate swapped(LocalDate day) {
        if (day.getDayOfMonth() > 12) {
            return day;
        }
        return LocalDate.of(day.getYear(), day.getDayOfMonth(), Math.min(day.getMonthValue(), 28));
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
