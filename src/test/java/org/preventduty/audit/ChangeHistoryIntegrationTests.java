package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ChangeHistoryIntegrationTests {

    static final ChangeHistory.Kind KIND =
            new ChangeHistory.Kind("PARTNER_ORGANISATION", "PARTNER_CHANGED", "partners.organisation.stale");

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ReferralFixtures as;

    @Autowired
    ChangeHistory history;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SystemSql sql;

    @Test
    void aRecordsChangesAreReadBackNewestFirstWithWhoMadeThemAndOnlyInItsOwnCouncil() {
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var outsider = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var record = UUID.randomUUID();
        change(officer, record, Map.of(), fields("partners.name", "Oak School"));
        change(officer, record, fields("partners.name", "Oak School"), fields("partners.name", "Oak Academy"));
        change(officer, record, fields("partners.name", "Oak Academy"), fields("partners.name", "Oak Academy"));

        var changes = as.as(officer, () -> history.of(KIND, record));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).fields())
                .containsExactly(new ChangeHistory.FieldChange("partners.name", "Oak School", "Oak Academy"));
        assertThat(changes.get(0).by()).isEqualTo("Test " + officer.email().substring(5, 10));
        assertThat(changes.get(1).fields())
                .containsExactly(new ChangeHistory.FieldChange("partners.name", null, "Oak School"));
        assertThat(as.as(outsider, () -> history.of(KIND, record))).isEmpty();
    }

    @Test
    void aChangeRunsItsUpdateOnlyWhenAFieldDiffersAndKeepsNothingWhenTheRecordMovedOn() {
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var record = UUID.randomUUID();
        var runs = new AtomicInteger();

        var same = as.as(
                officer,
                () -> transactions.execute(status -> history.change(
                        KIND, record, fields("partners.name", "Oak"), fields("partners.name", "Oak"), () -> {
                            runs.incrementAndGet();
                            return 1;
                        })));
        assertThat(same).isEmpty();
        assertThat(runs).hasValue(0);

        assertThatThrownBy(() -> as.as(
                        officer,
                        () -> transactions.execute(status -> history.change(
                                KIND,
                                record,
                                fields("partners.name", "Oak"),
                                fields("partners.name", "Ash"),
                                () -> 0))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "partners.organisation.stale");
        assertThat(as.as(officer, () -> history.of(KIND, record))).isEmpty();
        assertThat(sql.auditCount("PARTNER_CHANGED", record)).isZero();

        as.as(
                officer,
                () -> transactions.execute(status -> history.change(
                        KIND, record, fields("partners.name", "Oak"), fields("partners.name", "Ash"), () -> 1)));
        assertThat(as.as(officer, () -> history.of(KIND, record)))
                .singleElement()
                .satisfies(change -> assertThat(change.fields())
                        .containsExactly(new ChangeHistory.FieldChange("partners.name", "Oak", "Ash")));
        assertThat(sql.auditCount("PARTNER_CHANGED", record)).isEqualTo(1);
    }

    @Test
    @Tag("postgres-only")
    void postgresRefusesToChangeOrRemoveTheHistoryEvenForTheOwner() {
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var record = UUID.randomUUID();
        change(officer, record, Map.of(), fields("partners.name", "Oak School"));
        for (var statement : new String[] {
            "update record_change set after_value = 'x' where record_id = '" + record + "'",
            "delete from record_change where record_id = '" + record + "'",
            "truncate record_change"
        }) {
            // The owner is refused by the triggers, the application's role has not even the right.
            assertThatThrownBy(() -> sql.runAsOwner(jdbc -> jdbc.sql(statement).update()))
                    .as(statement)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> sql.run(jdbc -> jdbc.sql(statement).update()))
                    .as(statement)
                    .hasRootCauseInstanceOf(SQLException.class)
                    .rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    private void change(
            IdentityFixtures.TestUser user,
            UUID record,
            Map<String, @Nullable String> before,
            Map<String, @Nullable String> after) {
        as.as(user, () -> transactions.execute(status -> history.record(KIND, record, before, after)));
    }

    private static Map<String, @Nullable String> fields(String field, @Nullable String value) {
        var map = new LinkedHashMap<String, @Nullable String>();
        map.put(field, value);
        return map;
    }
}
