package org.preventduty.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables that go with a referral but are not part of its aggregate: its history, reference numbers, equality
 * monitoring answers, assignments of case workers, and links to people. Every method must run in a transaction.
 */
@Repository
class ReferralRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    void history(UUID tenantId, UUID referralId, UUID actorId, String kind, @Nullable String detail) {
        jdbc.sql("insert into referral_history (id, tenant_id, referral_id, occurred_at, actor_id, kind, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        referralId,
                        at(clock.instant()),
                        actorId,
                        kind,
                        detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300))
                .update();
    }

    record HistoryRow(
            Instant at, UUID actorId, String kind, @Nullable String detail) {}

    List<HistoryRow> history(UUID tenantId, UUID referralId) {
        return jdbc.sql("select occurred_at, actor_id, kind, detail from referral_history"
                        + " where tenant_id = ? and referral_id = ? order by occurred_at, kind")
                .params(tenantId, referralId)
                .query((rows, n) -> new HistoryRow(
                        rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getObject(2, UUID.class),
                        rows.getString(3),
                        rows.getString(4)))
                .list();
    }

    /** The next reference of the tenant in a year, such as PR-2026-00042. */
    String nextReference(UUID tenantId, int year) {
        jdbc.sql("insert into referral_counter (tenant_id, counter_year, last_number) values (?, ?, 0)"
                        + " on conflict do nothing")
                .params(tenantId, year)
                .update();
        var last = jdbc.sql(
                        "select last_number from referral_counter where tenant_id = ? and counter_year = ? for update")
                .params(tenantId, year)
                .query(Integer.class)
                .single();
        jdbc.sql("update referral_counter set last_number = ? where tenant_id = ? and counter_year = ?")
                .params(last + 1, tenantId, year)
                .update();
        return "PR-%d-%05d".formatted(year, last + 1);
    }

    record Equality(@Nullable String ethnicity, @Nullable String religion) {}

    void saveEquality(UUID tenantId, UUID referralId, @Nullable String ethnicity, @Nullable String religion) {
        var updated = jdbc.sql("update referral_equality set ethnicity = ?, religion = ?, recorded_at = ?"
                        + " where referral_id = ? and tenant_id = ?")
                .params(ethnicity, religion, at(clock.instant()), referralId, tenantId)
                .update();
        if (updated == 0 && (ethnicity != null || religion != null)) {
            jdbc.sql("insert into referral_equality (referral_id, tenant_id, ethnicity, religion, recorded_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(referralId, tenantId, ethnicity, religion, at(clock.instant()))
                    .update();
        }
        // The figures of equality monitoring follow the answers (a draft has no row yet).
        jdbc.sql("update referral_statistic set ethnicity = ?, religion = ? where referral_id = ? and tenant_id = ?")
                .params(ethnicity, religion, referralId, tenantId)
                .update();
    }

    Optional<Equality> equality(UUID tenantId, UUID referralId) {
        return jdbc.sql("select ethnicity, religion from referral_equality where referral_id = ? and tenant_id = ?")
                .params(referralId, tenantId)
                .query((rows, n) -> new Equality(rows.getString(1), rows.getString(2)))
                .optional();
    }

    boolean isAssigned(UUID tenantId, UUID referralId, UUID userId) {
        return jdbc.sql(
                                "select count(*) from referral_assignment where tenant_id = ? and referral_id = ? and user_id = ?")
                        .params(tenantId, referralId, userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<UUID> assigned(UUID tenantId, UUID referralId) {
        return jdbc.sql("select user_id from referral_assignment where tenant_id = ? and referral_id = ?"
                        + " order by assigned_at")
                .params(tenantId, referralId)
                .query(UUID.class)
                .list();
    }

    boolean assign(UUID tenantId, UUID referralId, UUID userId, UUID by) {
        return jdbc.sql("insert into referral_assignment (referral_id, user_id, tenant_id, assigned_by, assigned_at)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing")
                        .params(referralId, userId, tenantId, by, at(clock.instant()))
                        .update()
                == 1;
    }

    boolean unassign(UUID tenantId, UUID referralId, UUID userId) {
        return jdbc.sql("delete from referral_assignment where tenant_id = ? and referral_id = ? and user_id = ?")
                        .params(tenantId, referralId, userId)
                        .update()
                == 1;
    }

    void link(UUID tenantId, UUID referralId, UUID personId, UUID by) {
        jdbc.sql("insert into referral_person_link (id, tenant_id, referral_id, person_id, linked_by, linked_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenantId, referralId, personId, by, at(clock.instant()))
                .update();
    }

    void undoLink(UUID tenantId, UUID referralId, UUID by) {
        jdbc.sql("update referral_person_link set undone_by = ?, undone_at = ?"
                        + " where tenant_id = ? and referral_id = ? and undone_at is null")
                .params(by, at(clock.instant()), tenantId, referralId)
                .update();
    }
}
