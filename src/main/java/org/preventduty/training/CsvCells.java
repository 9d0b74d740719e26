package org.preventduty.training;

import org.jspecify.annotations.Nullable;

/**
 * Cells of exported CSV files. A value a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe, and every value with a comma, quote or line break is quoted.
 */
final class CsvCells {

    private CsvCells() {}

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
