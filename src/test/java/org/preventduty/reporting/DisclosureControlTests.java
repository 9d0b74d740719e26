package org.preventduty.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.preventduty.reporting.DisclosureControl.Published;
import org.preventduty.reporting.DisclosureControl.Rule;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.reporting.DisclosureControl.Sum;

class DisclosureControlTests {

    private static final Settings DEFAULT = Settings.DEFAULT;

    @Test
    void countsFromOneToFourAreSuppressedAndZeroAndFiveAreShown() {
        var published = DisclosureControl.protectLine(new long[] {0, 1, 4, 5, 30}, 40, DEFAULT);

        assertThat(published.shown(0)).isEqualTo(0L);
        assertThat(published.shown(1)).isEqualTo("[c]");
        assertThat(published.shown(2)).isEqualTo("[c]");
        assertThat(published.shown(3)).isEqualTo(5L);
        assertThat(published.shown(4)).isEqualTo(30L);
        assertThat(published.shown(5)).isEqualTo(40L);
    }

    @Test
    void aLoneSuppressedCountTakesTheSmallestOtherCountWithIt() {
        var published = DisclosureControl.protectLine(new long[] {3, 9, 6, 40}, 58, DEFAULT);

        assertThat(published.suppressed()).containsExactly(true, false, true, false, false);
    }

    @Test
    void suppressedCountsThatMustEachBeOneAreProtectedToo() {
        // 1 + 1 = 2 hidden among two counts known to be at least 1 would give both away.
        var published = DisclosureControl.protectLine(new long[] {1, 1, 5, 30}, 37, DEFAULT);

        assertThat(published.suppressed()[2]).isTrue();
        assertThat(published.shown(3)).isEqualTo(30L);
    }

    @Test
    void withoutTheRuleEveryFigureIsExactAndRoundingGoesToTheNearestFive() {
        var exact = DisclosureControl.protectLine(new long[] {1, 2, 3}, 6, Settings.EXACT);
        assertThat(exact.suppressed()).containsOnly(false);
        assertThat(exact.values()).containsExactly(1, 2, 3, 6);

        var rounded = DisclosureControl.protectLine(
                new long[] {7, 12, 13, 0}, 32, new Settings(Rule.SUPPRESS_BELOW, 5, true, true));
        assertThat(rounded.shown(0)).isEqualTo(5L);
        assertThat(rounded.shown(1)).isEqualTo(10L);
        assertThat(rounded.shown(2)).isEqualTo(15L);
        assertThat(rounded.shown(3)).isEqualTo(0L);
        assertThat(rounded.shown(4)).isEqualTo(30L);
    }

    @Test
    void noSuppressedCountOfManyRandomTablesCanBeWorkedOutFromTheirTotals() {
        var random = new Random(20261123L);
        var checked = 0;
        var withSuppression = 0;
        for (var round = 0; round < 1500; round++) {
            var rows = 1 + random.nextInt(6);
            var columns = 2 + random.nextInt(6);
            var cells = new long[rows][columns];
            for (var r = 0; r < rows; r++) {
                for (var c = 0; c < columns; c++) {
                    // Mostly small counts, where disclosure matters; some zeros and some large.
                    var kind = random.nextInt(10);
                    cells[r][c] = kind < 2 ? 0 : kind < 7 ? 1 + random.nextInt(6) : random.nextInt(60);
                }
            }
            var threshold = 3 + random.nextInt(8);
            var settings = new Settings(Rule.SUPPRESS_BELOW, threshold, true, false);
            var published = DisclosureControl.protectTable(cells, settings);
            var grid = grid(cells);
            var sums = sums(rows, columns);

            for (var i = 0; i < grid.length; i++) {
                if (grid[i] == 0) {
                    assertThat(published.suppressed()[i]).as("zero shown").isFalse();
                } else if (grid[i] < threshold) {
                    assertThat(published.suppressed()[i])
                            .as("small count suppressed")
                            .isTrue();
                }
                if (!published.suppressed()[i]) {
                    assertThat(published.values()[i]).as("shown counts exact").isEqualTo(grid[i]);
                }
            }
            for (var sum : sums) {
                var hidden = 0;
                var remainder = grid[sum.total()];
                for (var part : sum.parts()) {
                    if (published.suppressed()[part]) {
                        hidden++;
                    } else {
                        remainder -= grid[part];
                    }
                }
                if (published.suppressed()[sum.total()]) {
                    hidden++;
                }
                assertThat(hidden)
                        .as("never one suppressed count alone in a row or column")
                        .isNotEqualTo(1);
                if (!published.suppressed()[sum.total()] && hidden > 0) {
                    assertThat(remainder).as("hidden counts not forced to 1").isGreaterThan(hidden);
                }
            }
            assertThat(fixedByTotals(published, sums))
                    .as("no suppressed count fixed by the totals")
                    .isEmpty();
            checked++;
            if (anySuppressed(published)) {
                withSuppression++;
            }
        }
        assertThat(checked).isEqualTo(1500);
        assertThat(withSuppression).isGreaterThan(1000);
    }

    @Test
    void breakdownsOfRandomTotalsNeverLeaveASuppressedCountAlone() {
        var random = new Random(7L);
        for (var round = 0; round < 2000; round++) {
            var cells = new long[2 + random.nextInt(9)];
            long total = 0;
            for (var i = 0; i < cells.length; i++) {
                cells[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                total += cells[i];
            }
            var published = DisclosureControl.protectLine(cells, total, DEFAULT);
            var parts = new int[cells.length];
            java.util.Arrays.setAll(parts, i -> i);
            assertThat(fixedByTotals(published, List.of(new Sum(parts, cells.length))))
                    .isEmpty();
        }
    }

    private static boolean anySuppressed(Published published) {
        for (var suppressed : published.suppressed()) {
            if (suppressed) {
                return true;
            }
        }
        return false;
    }

    private static long[] grid(long[][] cells) {
        var rows = cells.length;
        var columns = cells[0].length;
        var width = columns + 1;
        var grid = new long[(rows + 1) * width];
        for (var r = 0; r < rows; r++) {
            for (var c = 0; c < columns; c++) {
                grid[r * width + c] = cells[r][c];
                grid[r * width + columns] += cells[r][c];
                grid[rows * width + c] += cells[r][c];
                grid[rows * width + columns] += cells[r][c];
            }
        }
        return grid;
    }

    private static List<Sum> sums(int rows, int columns) {
        var width = columns + 1;
        var sums = new ArrayList<Sum>();
        for (var r = 0; r <= rows; r++) {
            var parts = new int[columns];
            for (var c = 0; c < columns; c++) {
                parts[c] = r * width + c;
            }
            sums.add(new Sum(parts, r * width + columns));
        }
        for (var c = 0; c <= columns; c++) {
            var parts = new int[rows];
            for (var r = 0; r < rows; r++) {
                parts[r] = r * width + c;
            }
            sums.add(new Sum(parts, rows * width + c));
        }
        return sums;
    }

    /**
     * The suppressed counts the totals fix, by exact rational elimination (independent of the floating point one under
     * test): a count is fixed when no change of the suppressed counts that keeps every total moves it.
     */
    private static List<Integer> fixedByTotals(Published published, List<Sum> sums) {
        var suppressed = published.suppressed();
        var index = new int[suppressed.length];
        var unknowns = new ArrayList<Integer>();
        for (var i = 0; i < suppressed.length; i++) {
            index[i] = suppressed[i] ? unknowns.size() : -1;
            if (suppressed[i]) {
                unknowns.add(i);
            }
        }
        var n = unknowns.size();
        if (n == 0) {
            return List.of();
        }
        var rows = new ArrayList<BigInteger[]>();
        for (var sum : sums) {
            var row = new BigInteger[n];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            for (var part : sum.parts()) {
                if (index[part] >= 0) {
                    row[index[part]] = row[index[part]].add(BigInteger.ONE);
                }
            }
            if (index[sum.total()] >= 0) {
                row[index[sum.total()]] = row[index[sum.total()]].subtract(BigInteger.ONE);
            }
            rows.add(row);
        }
        // Fraction-free elimination to reduced form.
        var pivotRow = new int[n];
        java.util.Arrays.fill(pivotRow, -1);
        var r = 0;
        for (var c = 0; c < n && r < rows.size(); c++) {
            var found = -1;
            for (var k = r; k < rows.size(); k++) {
                if (rows.get(k)[c].signum() != 0) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            var swap = rows.get(found);
            rows.set(found, rows.get(r));
            rows.set(r, swap);
            for (var k = 0; k < rows.size(); k++) {
                if (k == r || rows.get(k)[c].signum() == 0) {
                    continue;
                }
                var target = rows.get(k);
                var a = swap[c];
                var b = target[c];
                for (var j = 0; j < n; j++) {
                    target[j] = target[j].multiply(a).subtract(swap[j].multiply(b));
                }
            }
            pivotRow[c] = r;
            r++;
        }
        var fixed = new ArrayList<Integer>();
        for (var c = 0; c < n; c++) {
            if (pivotRow[c] < 0) {
                continue;
            }
            var row = rows.get(pivotRow[c]);
            var alone = true;
            for (var j = 0; j < n; j++) {
                if (j != c && row[j].signum() != 0) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                fixed.add(unknowns.get(c));
            }
        }
        return fixed;
    }
}
