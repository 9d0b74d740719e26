package org.preventduty.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Region;
import org.preventduty.identity.TenantManagement;
import org.preventduty.partners.PartnerDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage on a day: staff in post who must hold a tier, and how many hold an unexpired completion of a course that
 * satisfies it, with the sessions delivered in a window; grouped by department, organisation, institution type or
 * staff and elected members, for a council or, for national analysts, by council.
 */
@Service
class TrainingCoverage {

    /** How the rows of a coverage table are grouped. */
    enum Grouping {
        DEPARTMENT,
        ORGANISATION,
        INSTITUTION_TYPE,
        STAFF_GROUP
    }

    /** Labels of rows that are not names: message keys the pages translate. */
    static final String ELECTED_MEMBERS = "training.group.elected";

    static final String STAFF = "training.group.staff";
    static final String NOT_AN_INSTITUTION = "training.group.notInstitution";

    /**
     * A row of coverage.
     *
     * @param group the department, organisation, institution type or group; null for staff with no department.
     */
    record CoverageRow(@Nullable String group, long requiringTraining, long trained, long sessionsDelivered) {

        public BigDecimal coveragePercent() {
            return TrainingRules.percent(trained, requiringTraining);
        }

        CoverageRow plus(CoverageRow other) {
            return new CoverageRow(
                    group,
                    requiringTraining + other.requiringTraining,
                    trained + other.trained,
                    sessionsDelivered + other.sessionsDelivered);
        }
    }

    /** A coverage table with its total; the total counts every session of the window once. */
    record Table(List<CoverageRow> rows, CoverageRow total) {}

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final PartnerDirectory partners;
    private final TenantManagement tenants;

    TrainingCoverage(JdbcClient jdbc, CurrentActor actors, PartnerDirectory partners, TenantManagement tenants) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.partners = partners;
        this.tenants = tenants;
    }

    /** Coverage of the current council by department, as the API gives it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINING_ADMIN', 'REPORT_VIEWER', 'PREVENT_LEAD')")
    List<CoverageRow> coverage(LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo) {
        return table(asOf, sessionsFrom, sessionsTo, Grouping.DEPARTMENT).rows();
    }

    /** Coverage of the current council, grouped as asked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINING_ADMIN', 'REPORT_VIEWER', 'PREVENT_LEAD')")
    Table table(LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo, Grouping grouping) {
        return table(actors.requireTenant().value(), asOf, sessionsFrom, sessionsTo, grouping);
    }

    /** Coverage of a council, grouped as asked; checks no access (the caller does). */
    Table table(UUID tenant, LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo, Grouping grouping) {
        var column = switch (grouping) {
            case DEPARTMENT -> "s.department";
            case ORGANISATION, INSTITUTION_TYPE -> "s.organisation";
            case STAFF_GROUP -> "case when s.elected_member then '" + ELECTED_MEMBERS + "' else '" + STAFF + "' end";
        };
        var sessionColumn = switch (grouping) {
            case DEPARTMENT -> "department";
            case ORGANISATION, INSTITUTION_TYPE -> "organisation";
            case STAFF_GROUP -> "department";
        };
        var rows = new LinkedHashMap<String, CoverageRow>();
        staff(column, "s.tenant_id = :tenant", tenant, asOf)
                .forEach(row -> rows.merge(key(row.group()), row, CoverageRow::plus));
        var total = new long[1];
        sessions(sessionColumn, tenant, sessionsFrom, sessionsTo).forEach((group, count) -> {
            total[0] += count;
            if (grouping != Grouping.STAFF_GROUP) {
                rows.merge(key(group), new CoverageRow(group, 0, 0, count), CoverageRow::plus);
            }
        });
        var list = List.copyOf(rows.values());
        if (grouping == Grouping.INSTITUTION_TYPE) {
            var types = partners.organisations().stream()
                    .collect(Collectors.toMap(
                            PartnerDirectory.Organisation::name, o -> o.type().name(), (a, b) -> a));
            list = fold(list, row -> types.getOrDefault(row.group(), NOT_AN_INSTITUTION));
        } else if (grouping == Grouping.STAFF_GROUP) {
            list = list.stream()
                    .sorted(Comparator.comparing(row -> ELECTED_MEMBERS.equals(row.group())))
                    .toList();
        }
        var sorted = grouping == Grouping.STAFF_GROUP
                ? list
                : list.stream()
                        .sorted(Comparator.comparing(CoverageRow::group, Comparator.nullsLast(String::compareTo)))
                        .toList();
        return new Table(sorted, totalOf(sorted, total[0]));
    }

    /** A council's coverage, as one row of the national table. */
    record CouncilRow(String code, String name, Region region, CoverageRow coverage) {}

    /** Coverage of every council, or of a region's, on a day: for national analysts. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NATIONAL_ANALYST')")
    List<CouncilRow> national(LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo, @Nullable Region region) {
        roomToJoin();
        var byTenant = new LinkedHashMap<String, CoverageRow>();
        staff("s.tenant_id", "1 = 1", null, asOf)
                .forEach(row -> byTenant.merge(key(row.group()), row, CoverageRow::plus));
        jdbc.sql("select cast(tenant_id as varchar(36)), count(*) from training_session where status = 'DELIVERED'"
                        + " and delivered_on >= :from and delivered_on <= :to group by tenant_id")
                .param("from", sessionsFrom)
                .param("to", sessionsTo)
                .query((rs, n) -> byTenant.merge(
                        rs.getString(1), new CoverageRow(rs.getString(1), 0, 0, rs.getLong(2)), CoverageRow::plus))
                .list();
        return tenants.list().stream()
                .filter(tenant -> region == null || tenant.region() == region)
                .map(tenant -> new CouncilRow(
                        tenant.code(),
                        tenant.name(),
                        tenant.region(),
                        byTenant.getOrDefault(tenant.id().value().toString(), new CoverageRow(null, 0, 0, 0))))
                .filter(row ->
                        row.coverage().requiringTraining() > 0 || row.coverage().sessionsDelivered() > 0)
                .toList();
    }

    /** Staff of a council in post on a day who must be trained, and of those trained: for the monitoring return. */
    long[] total(UUID tenant, LocalDate asOf) {
        var rows = staff("cast(s.tenant_id as varchar(36))", "s.tenant_id = :tenant", tenant, asOf);
        return rows.isEmpty()
                ? new long[2]
                : new long[] {rows.get(0).requiringTraining(), rows.get(0).trained()};
    }

    /**
     * Staff requiring training and trained, grouped by a column: the staff in post who must hold a tier, and the
     * periods of valid training ({@link ValidityPeriods}) that hold on the day. A person has at most one period on a
     * day, and each period carries the columns coverage groups and filters by, so each count is one pass over one
     * table. The column is written against the alias {@code s}, which both tables take in turn.
     */
    private List<CoverageRow> staff(String column, String where, @Nullable UUID tenant, LocalDate asOf) {
        var inPost = " and (s.start_date is null or s.start_date <= :asOf)"
                + " and (s.end_date is null or s.end_date >= :asOf) group by " + column;
        var rows = new LinkedHashMap<String, CoverageRow>();
        count(
                        "select " + column + ", count(*) from training_staff s where " + where
                                + " and coalesce(s.required_tier, s.rule_tier) is not null" + inPost,
                        tenant,
                        asOf)
                .forEach((group, count) -> rows.put(key(group), new CoverageRow(group, count, 0, 0)));
        count(
                        "select " + column + ", count(*) from training_validity s where " + where
                                + " and s.valid_from <= :asOf and s.valid_to > :asOf" + inPost,
                        tenant,
                        asOf)
                .forEach((group, count) ->
                        rows.merge(key(group), new CoverageRow(group, 0, count, 0), CoverageRow::plus));
        return List.copyOf(rows.values());
    }

    private Map<@Nullable String, Long> count(String sql, @Nullable UUID tenant, LocalDate asOf) {
        var counts = new LinkedHashMap<@Nullable String, Long>();
        var statement = jdbc.sql(sql).param("asOf", asOf);
        if (tenant != null) {
            statement = statement.param("tenant", tenant);
        }
        statement.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private @Nullable Boolean postgres;

    /**
     * On PostgreSQL, gives the national queries, which count millions of rows by council, the memory to group by
     * hashing instead of sorting: row-level security hides from the planner how many rows they read, so it would
     * otherwise plan for a few thousand.
     */
    private void roomToJoin() {
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
            jdbc.sql("set local work_mem = '256MB'").update();
            jdbc.sql("set local enable_sort = off").update();
        }
    }

    private Map<@Nullable String, Long> sessions(String column, UUID tenant, LocalDate from, LocalDate to) {
        var counts = new LinkedHashMap<@Nullable String, Long>();
        jdbc.sql("select " + column + ", count(*) from training_session where tenant_id = :tenant"
                        + " and status = 'DELIVERED' and delivered_on >= :from and delivered_on <= :to group by "
                        + column)
                .param("tenant", tenant)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private static List<CoverageRow> fold(List<CoverageRow> rows, Function<CoverageRow, String> into) {
        var folded = new LinkedHashMap<String, CoverageRow>();
        for (var row : rows) {
            var group = into.apply(row);
            folded.merge(
                    group,
                    new CoverageRow(group, row.requiringTraining(), row.trained(), row.sessionsDelivered()),
                    CoverageRow::plus);
        }
        return List.copyOf(folded.values());
    }

    private static CoverageRow totalOf(List<CoverageRow> rows, long sessions) {
        return new CoverageRow(
                null,
                rows.stream().mapToLong(CoverageRow::requiringTraining).sum(),
                rows.stream().mapToLong(CoverageRow::trained).sum(),
                sessions);
    }

    private static String key(@Nullable String group) {
        return Objects.requireNonNullElse(group, "");
    }
}
