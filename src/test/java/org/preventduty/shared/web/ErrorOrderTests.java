package org.preventduty.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

class ErrorOrderTests {

    @SuppressWarnings("unused")
    static class Form {
        private String meetingId;
        private String decidedOnDay;
        private String decidedOnMonth;
        private String decidedOnYear;
        private String reasons;
        private List<String> attendees;
    }

    static DetailedError on(String field) {
        return new DetailedError(field, field + ".code", null, field);
    }

    @Test
    void errorsFollowTheFormsFieldsWithTheWholeFormFirstAndRowsInTheOrderFound() {
        var errors = List.of(
                on("reasons"),
                on("attendees[1].name"),
                on("decidedOn"),
                new DetailedError("record.changedElsewhere", null, "changed"),
                on("attendees[0].name"),
                on("meetingId"));

        var sorted = new ErrorOrder().sorted(errors, new Form());

        assertThat(sorted)
                .extracting(DetailedError::getMessage)
                .containsExactly(
                        "changed", "meetingId", "decidedOn", "reasons", "attendees[1].name", "attendees[0].name");
    }
}
