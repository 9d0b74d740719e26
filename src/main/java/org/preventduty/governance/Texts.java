package org.preventduty.governance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException.Problem;

/** Checks of the text fields of governance records. */
final class Texts {

    private Texts() {}

    /** The text stripped, or a problem noted when it is empty or longer than allowed. */
    static String required(@Nullable String value, int max, String field, String code, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, code + ".missing", "is required"));
            return "";
        }
        return optional(value, max, field, code, problems);
    }

    /** The text stripped, null when empty, or a problem noted when it is longer than allowed. */
    static @Nullable String optional(
            @Nullable String value, int max, String field, String code, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem(field, code + ".tooLong", "must be " + max + " characters or fewer"));
        }
        return stripped;
    }
}
