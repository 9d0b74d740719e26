package org.preventduty.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays. The regular holidays are computed (with
 * their substitute days when they fall at a weekend) and the one-off changes since 2012 are listed.
 */
public final class WorkingDays {

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private WorkingDays() {}

    /** Whether the day is a working day. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays(day.getYear()).contains(day);
    }

    /**
     * The day that is {@code days} working days after {@code start}; the start day itself does not count.
     *
     * @param days zero or more.
     */
    public static LocalDate add(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more");
        }
        var day = start;
        var left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}.
     */
    public static int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        var count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The bank holidays of England and Wales in a year. */
    public static Set<LocalDate> bankHolidays(int year) {
        return HOLIDAYS.computeIfAbsent(year, WorkingDays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        var days = new HashSet<LocalDate>();
        days.add(weekday(LocalDate.of(year, Month.JANUARY, 1)));
        var easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        var earlyMay = LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        var spring = LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        // One-off changes: VE Day 75 (2020), the Platinum Jubilee (2022), the Coronation (2023).
        if (year == 1995) {
            earlyMay = LocalDate.of(1995, 5, 8);
        }
        if (year == 2020) {
            earlyMay = LocalDate.of(2020, 5, 8);
        }
        if (year == 2002) {
            spring = LocalDate.of(2002, 6, 4);
            days.add(LocalDate.of(2002, 6, 3));
        }
        if (year == 2012) {
            spring = LocalDate.of(2012, 6, 4);
            days.add(LocalDate.of(2012, 6, 5));
        }
        if (year == 2022) {
            spring = LocalDate.of(2022, 6, 2);
            days.add(LocalDate.of(2022, 6, 3));
            days.add(LocalDate.of(2022, 9, 19));
        }
        if (year == 2023) {
            days.add(LocalDate.of(2023, 5, 8));
        }
        if (year == 2011) {
            days.add(LocalDate.of(2011, 4, 29));
        }
        days.add(earlyMay);
        days.add(spring);
        days.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        var christmas = LocalDate.of(year, Month.DECEMBER, 25);
        var boxing = LocalDate.of(year, Month.DECEMBER, 26);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.add(LocalDate.of(year, 12, 27));
                days.add(LocalDate.of(year, 12, 28));
            }
            case SUNDAY -> {
                days.add(LocalDate.of(year, 12, 27));
                days.add(boxing);
            }
            case FRIDAY -> {
                days.add(christmas);
                days.add(LocalDate.of(year, 12, 28));
            }
            default -> {
                days.add(christmas);
                days.add(boxing);
            }
        }
        return Set.copyOf(days);
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
