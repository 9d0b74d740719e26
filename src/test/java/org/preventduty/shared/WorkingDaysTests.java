package org.preventduty.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

    @Test
    void knowsTheBankHolidaysOf2024AsPublished() {
        assertThat(WorkingDays.bankHolidays(2024))
                .containsExactlyInAnyOrderElementsOf(List.of(
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 29),
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 5, 6),
                        LocalDate.of(2024, 5, 27),
                        LocalDate.of(2024, 8, 26),
                        LocalDate.of(2024, 12, 25),
                        LocalDate.of(2024, 12, 26)));
    }

    @Test
    void knowsTheOneOffHolidaysAndSubstituteDays() {
        assertThat(WorkingDays.bankHolidays(2022))
                .contains(
                        LocalDate.of(2022, 1, 3),
                        LocalDate.of(2022, 6, 2),
                        LocalDate.of(2022, 6, 3),
                        LocalDate.of(2022, 9, 19),
                        LocalDate.of(2022, 12, 26),
                        LocalDate.of(2022, 12, 27))
                .doesNotContain(LocalDate.of(2022, 5, 30))
                .hasSize(10);
        assertThat(WorkingDays.bankHolidays(2020))
                .contains(LocalDate.of(2020, 5, 8))
                .doesNotContain(LocalDate.of(2020, 5, 4));
        assertThat(WorkingDays.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 1));
        assertThat(WorkingDays.bankHolidays(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        assertThat(WorkingDays.bankHolidays(2026))
                .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest
    @CsvSource({
        // Monday plus five working days is the next Monday.
        "2024-06-03,5,2024-06-10",
        // Thursday before Easter: Good Friday and Easter Monday are skipped.
        "2024-03-28,5,2024-04-08",
        // Friday before Christmas 2024.
        "2024-12-20,5,2024-12-31",
        "2024-12-27,3,2025-01-02",
        // Submitted on a Saturday: counting starts on Monday.
        "2024-06-08,5,2024-06-14",
        "2024-06-03,0,2024-06-03"
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(WorkingDays.add(start, days)).isEqualTo(expected);
        assertThat(WorkingDays.between(start, expected)).isEqualTo(days);
    }

    @Test
    void computesEaster() {
        assertThat(WorkingDays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }
}
