package org.preventduty.channel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days of a series of panel meetings: the first, then one every interval, as a panel's terms of reference set. */
final class MeetingSeries {

    /** How often a panel meets. */
    enum Interval {
        MONTHLY(1),
        BI_MONTHLY(2),
        QUARTERLY(3);

        private final int months;

        Interval(int months) {
            this.months = months;
        }

        int months() {
            return months;
        }
    }

    /** The most meetings planned after the first, a year of monthly meetings. */
    static final int MAX_REPEATS = 11;

    private MeetingSeries() {}

    /** The days of the first meeting and of {@code repeats} more, each an interval after the one before. */
    static List<LocalDate> days(LocalDate first, int repeats, Interval every) {
        var days = new ArrayList<LocalDate>();
        for (var i = 0; i <= repeats; i++) {
            days.add(first.plusMonths((long) i * every.months()));
        }
        return days;
    }
}
