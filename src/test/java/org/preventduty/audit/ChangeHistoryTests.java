package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChangeHistoryTests {

    @Test
    void onlyFieldsWhoseValuesDifferAreKeptInTheOrderOfTheRecordAsItIs() {
        var before = fields("Name", "Oak School", "Sector", "Education", "Phone", "0100");
        var after = fields("Name", "Oak Academy", "Sector", "Education", "Phone", "0200");

        assertThat(ChangeHistory.differences(before, after))
                .containsExactly(
                        new ChangeHistory.FieldChange("Name", "Oak School", "Oak Academy"),
                        new ChangeHistory.FieldChange("Phone", "0100", "0200"));
    }

    @Test
    void anEmptyValueIsNoValueSoBlankingAnEmptyFieldIsNoChange() {
        var before = fields("Sector", "", "Phone", null);
        var after = fields("Sector", null, "Phone", " ");

        assertThat(ChangeHistory.differences(before, after)).isEmpty();
    }

    @Test
    void aRecordJustMadeHasEveryFieldWithAValueAndAFieldNoLongerGivenIsShownAsCleared() {
        assertThat(ChangeHistory.differences(Map.of(), fields("Name", "Oak School", "Sector", null)))
                .containsExactly(new ChangeHistory.FieldChange("Name", null, "Oak School"));
        assertThat(ChangeHistory.differences(fields("Name", "Oak", "Award", "Gold"), fields("Name", "Oak")))
                .containsExactly(new ChangeHistory.FieldChange("Award", "Gold", null));
    }

    private static Map<String, @Nullable String> fields(@Nullable String... pairs) {
        var map = new LinkedHashMap<String, @Nullable String>();
        for (var i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
