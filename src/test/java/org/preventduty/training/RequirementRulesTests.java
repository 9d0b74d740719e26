package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.training.RequirementRules.Rule;

class RequirementRulesTests {

    private static final List<Rule> RULES = List.of(
            new Rule(UUID.randomUUID(), "The council", null, null, 1, null),
            new Rule(UUID.randomUUID(), null, null, "social worker", 2, null),
            new Rule(UUID.randomUUID(), null, "Prevent team", null, 3, 12),
            new Rule(UUID.randomUUID(), null, null, "youth worker", 2, 24));

    @Test
    void theHighestTierOfTheMatchingRulesAndTheShortestRefreshApply() {
        assertThat(RequirementRules.requirement(RULES, "The Council", "Finance", "Accountant"))
                .isEqualTo(new RequirementRules.Requirement(1, null));
        assertThat(RequirementRules.requirement(RULES, "The council", "Adults", "Senior Social Worker"))
                .isEqualTo(new RequirementRules.Requirement(2, null));
        assertThat(RequirementRules.requirement(RULES, "The council", "Prevent team", "Youth worker"))
                .isEqualTo(new RequirementRules.Requirement(3, 12));
        assertThat(RequirementRules.requirement(RULES, "A school", "Pastoral", "Teacher"))
                .isEqualTo(new RequirementRules.Requirement(null, null));
    }

    @Test
    void aRefreshIntervalEndsTrainingBeforeItsCourseExpires() {
        var done = LocalDate.of(2020, 1, 10);
        assertThat(TrainingRecords.refreshed(done, LocalDate.of(2023, 1, 10), 12))
                .isEqualTo(LocalDate.of(2021, 1, 10));
        assertThat(TrainingRecords.refreshed(done, LocalDate.of(2023, 1, 10), null))
                .isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(TrainingRecords.refreshed(done, LocalDate.of(2020, 6, 10), 12))
                .isEqualTo(LocalDate.of(2020, 6, 10));
    }
}
