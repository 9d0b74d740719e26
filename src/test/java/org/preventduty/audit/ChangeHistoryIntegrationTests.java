package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralFixtures;
import org.preventduty.support.SystemSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({IdentityFixtures.class, SystemSql.class, ReferralFixtures.class})
class ChangeHistoryIntegrationTests {

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

        var changes = as.as(officer, () -> history.of("PARTNER_ORGANISATION", record));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).fields())
                .containsExactly(new ChangeHistory.FieldChange("partners.name", "Oak School", "Oak Academy"));
        assertThat(changes.get(0).by()).isEqualTo("Test " + officer.email().substring(5, 10));
        assertThat(changes.get(1).fields())
                .containsExactly(new ChangeHistory.FieldChange("partners.name", null, "Oak School"));
        assertThat(as.as(outsider, () -> history.of("PARTNER_ORGANISATION", record)))
                .isEmpty();
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
        as.as(
                user,
                () -> transactions.execute(status -> history.record("PARTNER_ORGANISATION", record, before, after)));
    }

    private static Map<String, @Nullable String> fields(String field, @Nullable String value) {
        var map = new LinkedHashMap<String, @Nullable String>();
        map.put(field, value);
        return map;
    }
}
