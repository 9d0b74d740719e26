package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of people and referrals. It checks no access: the calling module decides, by its own
 * rules, who may see the case it shows them in, and records the read in the audit trail.
 */
@Service
public class ReferralDirectory {

    private final JdbcClient jdbc;

    ReferralDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A person referred.
     *
     * @param id the person.
     * @param name the name, given name first.
     * @param aliases other names.
     * @param dateOfBirth the date of birth, when known.
     * @param approximateAge the age the referrer gave when the date of birth was not known.
     * @param ageRecordedOn the day that age was given.
     * @param sex the sex.
     * @param postcode the postcode.
     */
    public record Subject(
            UUID id,
            String name,
            List<String> aliases,
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            @Nullable LocalDate ageRecordedOn,
            Sex sex,
            @Nullable String postcode) {}

    /**
     * A referral in brief, as a Channel case shows it.
     *
     * @param id the referral.
     * @param reference its reference.
     * @param receivedOn the day it was received.
     * @param status where it stands.
     * @param sector the referrer's sector.
     * @param organisation the referrer's organisation.
     * @param typeOfConcern the type of concern.
     * @param summary what was seen or heard.
     * @param immediateRisk whether the referrer said someone was in immediate danger.
     */
    public record Brief(
            UUID id,
            @Nullable String reference,
            @Nullable LocalDate receivedOn,
            ReferralStatus status,
            @Nullable String sector,
            @Nullable String organisation,
            @Nullable String typeOfConcern,
            @Nullable String summary,
            boolean immediateRisk) {}

    /** The person, following a link to the person they were found to be. */
    @Transactional(readOnly = true)
    public Optional<Subject> subject(TenantId tenant, UUID personId) {
        var root = jdbc.sql("select coalesce(merged_into, id) from person where tenant_id = ? and id = ?")
                .params(tenant.value(), personId)
                .query(UUID.class)
                .optional();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        var names = jdbc.sql(
                        "select kind, given_name, family_name from person_name where tenant_id = ? and person_id = ?"
                                + " order by position")
                .params(tenant.value(), root.get())
                .query((rs, n) -> new String[] {rs.getString(1), join(rs.getString(2), rs.getString(3))})
                .list();
        var name = names.stream()
                .filter(row -> "NAME".equals(row[0]))
                .map(row -> row[1])
                .findFirst()
                .orElse("");
        var aliases = names.stream()
                .filter(row -> !"NAME".equals(row[0]))
                .map(row -> row[1])
                .toList();
        return jdbc.sql("select id, date_of_birth, approximate_age, age_recorded_on, sex, postcode from person"
                        + " where tenant_id = ? and id = ?")
                .params(tenant.value(), root.get())
                .query((rs, n) -> new Subject(
                        rs.getObject(1, UUID.class),
                        name,
                        aliases,
                        rs.getObject(2, LocalDate.class),
                        (Integer) rs.getObject(3),
                        rs.getObject(4, LocalDate.class),
                        Sex.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .optional();
    }

    /**
     * The people of the council any of whose names (the name or an alias) holds the words searched for, each word in
     * the given or the family name, whatever the case; with the people found to be one of them.
     */
    @Transactional(readOnly = true)
    public List<UUID> peopleNamed(TenantId tenant, String words) {
        var parts = java.util.Arrays.stream(
                        words.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(part -> !part.isEmpty())
                .limit(5)
                .toList();
        if (parts.isEmpty()) {
            return List.of();
        }
        var where = new StringBuilder("n.tenant_id = :tenant");
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("tenant", tenant.value());
        for (var i = 0; i < parts.size(); i++) {
            where.append(" and (lower(n.given_name) like :w")
                    .append(i)
                    .append(" escape '!' or lower(n.family_name) like :w")
                    .append(i)
                    .append(" escape '!')");
            params.put(
                    "w" + i,
                    "%" + parts.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        var named = jdbc.sql("select distinct n.person_id from person_name n where " + where)
                .params(params)
                .query(UUID.class)
                .list();
        return withMerged(tenant, named);
    }

    /** The people given, with those found to be one of them (merged into them), by the index on the link. */
    private List<UUID> withMerged(TenantId tenant, List<UUID> people) {
        if (people.isEmpty()) {
            return people;
        }
        var all = new java.util.LinkedHashSet<UUID>(people);
        for (var from = 0; from < people.size(); from += 1_000) {
            all.addAll(jdbc.sql("select id from person where tenant_id = :tenant and merged_into in (:people)")
                    .param("tenant", tenant.value())
                    .param("people", people.subList(from, Math.min(people.size(), from + 1_000)))
                    .query(UUID.class)
                    .list());
        }
        return List.copyOf(all);
    }

    /** The people of the council born on the day, with the people found to be one of them. */
    @Transactional(readOnly = true)
    public List<UUID> peopleBornOn(TenantId tenant, LocalDate day) {
        return withMerged(
                tenant,
                jdbc.sql("select id from person where tenant_id = ? and date_of_birth = ? and merged_into is null")
                        .params(tenant.value(), day)
                        .query(UUID.class)
                        .list());
    }

    /** The referrals of the council whose reference is this one, whatever its case. */
    @Transactional(readOnly = true)
    public List<UUID> referralsWithReference(TenantId tenant, String reference) {
        return jdbc.sql("select id from referral where tenant_id = ? and reference = ?")
                .params(tenant.value(), reference.strip().toUpperCase(java.util.Locale.ROOT))
                .query(UUID.class)
                .list();
    }

    /** The referrals with these ids, oldest first; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Brief> briefs(TenantId tenant, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, reference, received_on, status, referrer_sector, referrer_organisation,"
                        + " concern_type_of_concern, concern_summary, immediate_risk from referral"
                        + " where tenant_id = :tenant and id in (:ids) order by received_on, submitted_at")
                .param("tenant", tenant.value())
                .param("ids", List.copyOf(referralIds))
                .query((rs, n) -> new Brief(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        ReferralStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getBoolean(9)))
                .list();
    }

    /**
     * A referral accepted for Channel.
     *
     * @param referralId the referral.
     * @param personId the person it is about.
     * @param channelCaseId the id its Channel case has.
     * @param receivedOn the day it was received.
     * @param decidedAt when it was accepted.
     * @param decidedBy who accepted it.
     */
    public record Accepted(
            UUID referralId,
            UUID personId,
            UUID channelCaseId,
            LocalDate receivedOn,
            java.time.Instant decidedAt,
            UUID decidedBy) {}

    /** The referrals of a council accepted for Channel, oldest first. */
    @Transactional(readOnly = true)
    public List<Accepted> acceptedForChannel(TenantId tenant) {
        return jdbc.sql("select id, person_id, channel_case_id, received_on, decision_decided_at, decision_decided_by"
                        + " from referral where tenant_id = ? and status = 'ACCEPTED_FOR_CHANNEL'"
                        + " and channel_case_id is not null order by received_on, decision_decided_at")
                .param(tenant.value())
                .query((rs, n) -> new Accepted(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getTimestamp(5).toInstant(),
                        rs.getObject(6, UUID.class)))
                .list();
    }

    /** Whether the user is assigned as case worker to any of these referrals. */
    @Transactional(readOnly = true)
    public boolean assignedToAny(TenantId tenant, Collection<UUID> referralIds, UUID userId) {
        if (referralIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from referral_assignment where tenant_id = :tenant and user_id = :user"
                                + " and referral_id in (:ids)")
                        .param("tenant", tenant.value())
                        .param("user", userId)
                        .param("ids", List.copyOf(referralIds))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The referrals a user is assigned to as case worker. */
    @Transactional(readOnly = true)
    public List<UUID> assignedTo(TenantId tenant, UUID userId) {
        return jdbc.sql("select referral_id from referral_assignment where tenant_id = ? and user_id = ?")
                .params(tenant.value(), userId)
                .query(UUID.class)
                .list();
    }

    /**
     * Submitted referrals counted by the categories of the national statistics.
     *
     * @param sector the referrer's sector.
     * @param typeOfConcern the type of concern in the current list's codes.
     * @param ageBand the age band on the day received.
     * @param sex the sex.
     * @param discussedAtPanel whether they were discussed at a Channel panel.
     * @param adopted whether they were adopted as a Channel case.
     * @param count how many.
     */
    public record Figure(
            String sector,
            String typeOfConcern,
            String ageBand,
            String sex,
            boolean discussedAtPanel,
            boolean adopted,
            long count) {}

    /** The age bands of the national statistics, youngest first, with the age each starts at. */
    public static final List<String> AGE_BANDS = List.of(
            "10_OR_UNDER",
            "11_TO_15",
            "16_TO_17",
            "18_TO_20",
            "21_TO_30",
            "31_TO_40",
            "41_TO_50",
            "51_AND_OVER",
            "UNKNOWN");

    /**
     * The figures of referrals received in a period, of some councils or (with {@literal null}) of every council in the
     * transaction's scope. A referral counts in the period of the day it was received; the type of concern is counted in
     * the current list's codes, a referrer not sure counting as mixed or unclear.
     */
    @Transactional(readOnly = true)
    public List<Figure> figures(@Nullable Collection<UUID> tenants, LocalDate from, LocalDate to) {
        if (tenants != null && tenants.isEmpty()) {
            return List.of();
        }
        groupByHashing();
        var spec = jdbc.sql("select sector, type_of_concern, age_band, sex, discussed_at_panel, adopted, count(*)"
                        + " from referral_statistic where received_on >= :from and received_on <= :to"
                        + (tenants == null ? "" : " and tenant_id in (:tenants)")
                        + " group by sector, type_of_concern, age_band, sex, discussed_at_panel, adopted")
                .param("from", from)
                .param("to", to);
        if (tenants != null) {
            spec = spec.param("tenants", List.copyOf(tenants));
        }
        return spec.query((rs, n) -> new Figure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getLong(7)))
                .list();
    }

    /**
     * The referrals received on one day, and how far they went.
     *
     * @param day the day received.
     * @param referrals how many.
     * @param appropriate of those, how many the screening found appropriate for Prevent.
     * @param notAppropriate how many it found not appropriate (those not yet decided are in neither).
     * @param discussedAtPanel how many were discussed at a Channel panel.
     * @param adopted how many were adopted as a Channel case.
     */
    public record DayFigures(
            LocalDate day,
            long referrals,
            long appropriate,
            long notAppropriate,
            long discussedAtPanel,
            long adopted) {}

    /**
     * The referrals received each day of a period (days with none left out), of some councils or (with {@literal null})
     * of every council in the transaction's scope, for trends.
     */
    @Transactional(readOnly = true)
    public List<DayFigures> byDay(@Nullable Collection<UUID> tenants, LocalDate from, LocalDate to) {
        if (tenants != null && tenants.isEmpty()) {
            return List.of();
        }
        groupByHashing();
        var spec = jdbc.sql("select received_on, count(*),"
                        + " sum(case when appropriate = true then 1 else 0 end),"
                        + " sum(case when appropriate = false then 1 else 0 end),"
                        + " sum(case when discussed_at_panel then 1 else 0 end), sum(case when adopted then 1 else 0 end)"
                        + " from referral_statistic where received_on >= :from and received_on <= :to"
                        + (tenants == null ? "" : " and tenant_id in (:tenants)")
                        + " group by received_on")
                .param("from", from)
                .param("to", to);
        if (tenants != null) {
            spec = spec.param("tenants", List.copyOf(tenants));
        }
        return spec.query((rs, n) -> new DayFigures(
                        rs.getObject(1, LocalDate.class),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    /**
     * Referrals counted by the categories of equality monitoring: the ethnicity and religion recorded (null when the
     * form was not answered), the sex and the age band on the day received, and whether adopted as a Channel case.
     */
    public record EqualityFigure(
            @Nullable String ethnicity,
            @Nullable String religion,
            String sex,
            String ageBand,
            boolean adopted,
            long count) {}

    /** The equality figures of referrals received in a period, of some councils or (with {@literal null}) every one. */
    @Transactional(readOnly = true)
    public List<EqualityFigure> equality(@Nullable Collection<UUID> tenants, LocalDate from, LocalDate to) {
        if (tenants != null && tenants.isEmpty()) {
            return List.of();
        }
        groupByHashing();
        var spec = jdbc.sql("select ethnicity, religion, sex, age_band, adopted, count(*) from referral_statistic"
                        + " where received_on >= :from and received_on <= :to"
                        + (tenants == null ? "" : " and tenant_id in (:tenants)")
                        + " group by ethnicity, religion, sex, age_band, adopted")
                .param("from", from)
                .param("to", to);
        if (tenants != null) {
            spec = spec.param("tenants", List.copyOf(tenants));
        }
        return spec.query((rs, n) -> new EqualityFigure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getLong(6)))
                .list();
    }

    /** How many referrals each council received in a period, of some councils or (with {@literal null}) every one. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> referralsByCouncil(@Nullable Collection<UUID> tenants, LocalDate from, LocalDate to) {
        return referralsByCouncil(tenants, from, to, false);
    }

    /**
     * How many referrals each council received in a period (or, with {@code adoptedOnly}, how many of them were adopted
     * as a Channel case), of some councils or (with {@literal null}) every one.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Long> referralsByCouncil(
            @Nullable Collection<UUID> tenants, LocalDate from, LocalDate to, boolean adoptedOnly) {
        if (tenants != null && tenants.isEmpty()) {
            return Map.of();
        }
        groupByHashing();
        var spec = jdbc.sql("select tenant_id, count(*) from referral_statistic where received_on >= :from"
                        + " and received_on <= :to"
                        + (adoptedOnly ? " and adopted = true" : "")
                        + (tenants == null ? "" : " and tenant_id in (:tenants)")
                        + " group by tenant_id")
                .param("from", from)
                .param("to", to);
        if (tenants != null) {
            spec = spec.param("tenants", List.copyOf(tenants));
        }
        var counts = new java.util.HashMap<UUID, Long>();
        spec.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return counts;
    }

    /**
     * On PostgreSQL, lets the transaction group by hashing. Row-level security hides from the planner how many rows
     * a national query reads (it cannot estimate the tenant predicate), so it would sort tens of thousands of rows by
     * their text categories to group them; hashing them into a few hundred groups is several times faster.
     */
    private void groupByHashing() {
        if (postgres == null) {
            postgres = jdbc.sql("select 1")
                    .query((rs, n) -> rs.getStatement()
                            .getConnection()
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("postgres"))
                    .single();
        }
        if (postgres) {
            jdbc.sql("set local enable_sort = off").update();
        }
    }

    private volatile @Nullable Boolean postgres;

    /** Records, for the statistics, that these referrals were discussed at a Channel panel on a day. */
    @Transactional
    public void discussedAtPanel(TenantId tenant, Collection<UUID> referralIds, LocalDate on) {
        mark("discussed_at_panel_on", tenant, referralIds, on);
    }

    /** Records, for the statistics, that these referrals were adopted as a Channel case on a day. */
    @Transactional
    public void adopted(TenantId tenant, Collection<UUID> referralIds, LocalDate on) {
        mark("adopted_on", tenant, referralIds, on);
    }

    private void mark(String column, TenantId tenant, Collection<UUID> referralIds, LocalDate on) {
        if (referralIds.isEmpty()) {
            return;
        }
        jdbc.sql("update referral set " + column + " = :on where tenant_id = :tenant and id in (:ids) and " + column
                        + " is null")
                .param("on", on)
                .param("tenant", tenant.value())
                .param("ids", List.copyOf(referralIds))
                .update();
        jdbc.sql("update referral_statistic set "
                        + ("discussed_at_panel_on".equals(column) ? "discussed_at_panel" : "adopted")
                        + " = true where tenant_id = :tenant and referral_id in (:ids)")
                .param("tenant", tenant.value())
                .param("ids", List.copyOf(referralIds))
                .update();
    }

    private static String join(@Nullable String given, @Nullable String family) {
        var name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name.isEmpty() ? "(no name given)" : name;
    }

    /**
     * A referral awaiting its screening decision, as a dashboard lists it: no name, only its reference and days.
     *
     * @param dueOn the day the decision is due, when one is set.
     */
    public record Waiting(
            UUID id,
            String reference,
            LocalDate receivedOn,
            @Nullable LocalDate dueOn,
            boolean immediateDanger) {}

    /**
     * The referrals of a council awaiting a screening decision on a day.
     *
     * @param waiting how many await a decision.
     * @param overdue of those, how many were due before the day.
     * @param immediateDanger of those, how many report immediate danger.
     * @param first the first few, immediate danger first and then the soonest due.
     */
    public record AwaitingScreening(long waiting, long overdue, long immediateDanger, List<Waiting> first) {}

    /** The referrals of a council awaiting a screening decision on a day, with the first {@code limit} of them. */
    @Transactional(readOnly = true)
    public AwaitingScreening awaitingScreening(TenantId tenant, LocalDate today, int limit) {
        var counts = jdbc.sql("select count(*), coalesce(sum(case when due_on < ? then 1 else 0 end), 0),"
                        + " coalesce(sum(case when immediate_risk = true then 1 else 0 end), 0) from referral"
                        + " where tenant_id = ? and status in ('SUBMITTED', 'IN_SCREENING')")
                .params(today, tenant.value())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        var first = jdbc.sql(
                        "select id, reference, received_on, due_on, coalesce(immediate_risk, false) from referral r"
                                + " where tenant_id = ? and status in ('SUBMITTED', 'IN_SCREENING') order by "
                                + QueueQuery.IMMEDIATE_DANGER_FIRST
                                + ", due_on asc nulls last, received_on asc, reference asc limit ?")
                .params(tenant.value(), limit)
                .query((rs, n) -> new Waiting(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5)))
                .list();
        return new AwaitingScreening(counts[0], counts[1], counts[2], first);
    }
}
