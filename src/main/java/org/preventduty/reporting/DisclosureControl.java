package org.preventduty.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistical disclosure control of counts published in tables. Counts from 1 to below the threshold are suppressed
 * (primary suppression); then, when asked, further counts are suppressed until no suppressed count can be worked out
 * from the totals it adds up to (secondary suppression); shown counts may be rounded to base 5. Zero is always shown.
 *
 * <p>A table is a list of counts and the sums among them (each total is the sum of its parts). A suppressed count is
 * recoverable when it is fixed by those sums given the shown counts, which is so exactly when its unit vector lies in
 * the row space of the sums' coefficients restricted to the suppressed counts; that is checked by Gaussian elimination,
 * and the smallest further count of a sum through the recoverable one is suppressed until none is. Suppressing every
 * positive count always ends it, since then every sum is homogeneous in the unknowns and a positive count cannot be
 * fixed at zero.
 */
final class DisclosureControl {

    /** The rule of primary suppression. */
    enum Rule {
        /** Counts from 1 to below the threshold are suppressed. */
        SUPPRESS_BELOW,
        /** Nothing is suppressed (exact figures, only for those allowed them). */
        NONE
    }

    /**
     * The settings.
     *
     * @param rule the rule.
     * @param threshold counts below this (and above 0) are suppressed.
     * @param secondarySuppression whether further counts are suppressed so no suppressed count can be recovered.
     * @param roundToBase5 whether shown counts are rounded to the nearest multiple of 5.
     */
    record Settings(Rule rule, int threshold, boolean secondarySuppression, boolean roundToBase5) {

        static final Settings DEFAULT = new Settings(Rule.SUPPRESS_BELOW, 5, true, false);

        static final Settings EXACT = new Settings(Rule.NONE, 0, false, false);

        Settings {
            if (threshold < 0 || threshold > 100) {
                throw new IllegalArgumentException("The threshold must be between 0 and 100");
            }
        }
    }

    /**
     * That the counts at {@code parts} add up to the count at {@code total}.
     *
     * @param parts the indices of the parts.
     * @param total the index of the total.
     */
    record Sum(int[] parts, int total) {}

    /**
     * The counts as they may be published.
     *
     * @param values the counts, rounded when asked; meaningless where suppressed.
     * @param suppressed which are suppressed.
     */
    record Published(long[] values, boolean[] suppressed) {

        /** A count as published: the number, or {@code "[c]"} when suppressed. */
        Object shown(int index) {
            return suppressed[index] ? "[c]" : (Object) values[index];
        }
    }

    private DisclosureControl() {}

    /** Protects counts related by the given sums. */
    static Published protect(long[] counts, List<Sum> sums, Settings settings) {
        var suppressed = new boolean[counts.length];
        if (settings.rule() == Rule.SUPPRESS_BELOW) {
            for (var i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative");
                }
                suppressed[i] = counts[i] > 0 && counts[i] < settings.threshold();
            }
            if (settings.secondarySuppression()) {
                secondary(counts, sums, suppressed);
            }
        }
        var values = Arrays.copyOf(counts, counts.length);
        if (settings.roundToBase5()) {
            for (var i = 0; i < values.length; i++) {
                values[i] = Math.floorDiv(values[i] + 2, 5) * 5;
            }
        }
        return new Published(values, suppressed);
    }

    /**
     * Protects a list of counts and their total, which is the last of the returned counts.
     *
     * @param cells the counts of a breakdown.
     * @param total their total.
     */
    static Published protectLine(long[] cells, long total, Settings settings) {
        var counts = Arrays.copyOf(cells, cells.length + 1);
        counts[cells.length] = total;
        var parts = new int[cells.length];
        Arrays.setAll(parts, i -> i);
        return protect(counts, List.of(new Sum(parts, cells.length)), settings);
    }

    /**
     * Protects a table with its row totals, column totals and grand total. The counts are laid out row by row in a grid
     * one wider and one taller than the table: the last column holds the row totals, the last row the column totals and
     * the corner the grand total.
     */
    static Published protectTable(long[][] cells, Settings settings) {
        var rows = cells.length;
        var columns = rows == 0 ? 0 : cells[0].length;
        var width = columns + 1;
        var counts = new long[(rows + 1) * width];
        for (var r = 0; r < rows; r++) {
            for (var c = 0; c < columns; c++) {
                counts[r * width + c] = cells[r][c];
                counts[r * width + columns] += cells[r][c];
                counts[rows * width + c] += cells[r][c];
                counts[rows * width + columns] += cells[r][c];
            }
        }
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
        return protect(counts, sums, settings);
    }

    private static void secondary(long[] counts, List<Sum> sums, boolean[] suppressed) {
        while (true) {
            var recoverable = firstRecoverable(counts, sums, suppressed);
            if (recoverable < 0) {
                return;
            }
            var chosen = -1;
            for (var sum : sums) {
                if (!involves(sum, recoverable)) {
                    continue;
                }
                chosen = smallestShownPart(sum, counts, suppressed);
                if (chosen >= 0) {
                    break;
                }
            }
            if (chosen < 0) {
                for (var sum : sums) {
                    if (involves(sum, recoverable) && !suppressed[sum.total()] && counts[sum.total()] > 0) {
                        chosen = sum.total();
                        break;
                    }
                }
            }
            if (chosen < 0) {
                for (var i = 0; i < counts.length; i++) {
                    if (!suppressed[i] && counts[i] > 0 && (chosen < 0 || counts[i] < counts[chosen])) {
                        chosen = i;
                    }
                }
            }
            if (chosen < 0) {
                // Every positive count is suppressed; no suppressed count can then be fixed.
                return;
            }
            suppressed[chosen] = true;
        }
    }

    private static boolean involves(Sum sum, int index) {
        if (sum.total() == index) {
            return true;
        }
        for (var part : sum.parts()) {
            if (part == index) {
                return true;
            }
        }
        return false;
    }

    private static int smallestShownPart(Sum sum, long[] counts, boolean[] suppressed) {
        var chosen = -1;
        for (var part : sum.parts()) {
            if (!suppressed[part] && counts[part] > 0 && (chosen < 0 || counts[part] < counts[chosen])) {
                chosen = part;
            }
        }
        return chosen;
    }

    /**
     * The first suppressed count that can be worked out, or -1 when none: fixed by the sums, or by a sum whose suppressed
     * parts must each be 1 because they add up to no more than their number (zero being always shown, a suppressed
     * count is known to be at least 1).
     */
    static int firstRecoverable(long[] counts, List<Sum> sums, boolean[] suppressed) {
        for (var sum : sums) {
            if (suppressed[sum.total()]) {
                continue;
            }
            var remainder = counts[sum.total()];
            var hidden = 0;
            var first = -1;
            for (var part : sum.parts()) {
                if (suppressed[part]) {
                    hidden++;
                    first = first < 0 ? part : first;
                } else {
                    remainder -= counts[part];
                }
            }
            if (hidden > 0 && remainder <= hidden) {
                return first;
            }
        }
        var size = counts.length;
        var unknown = new int[size];
        Arrays.fill(unknown, -1);
        var unknowns = 0;
        for (var i = 0; i < size; i++) {
            if (suppressed[i]) {
                unknown[i] = unknowns++;
            }
        }
        if (unknowns == 0) {
            return -1;
        }
        var matrix = new ArrayList<double[]>();
        for (var sum : sums) {
            var row = new double[unknowns];
            var any = false;
            for (var part : sum.parts()) {
                if (unknown[part] >= 0) {
                    row[unknown[part]] += 1;
                    any = true;
                }
            }
            if (unknown[sum.total()] >= 0) {
                row[unknown[sum.total()]] -= 1;
                any = true;
            }
            if (any) {
                matrix.add(row);
            }
        }
        var pivotRowOf = reduce(matrix, unknowns);
        for (var i = 0; i < size; i++) {
            if (unknown[i] < 0) {
                continue;
            }
            var row = pivotRowOf[unknown[i]];
            if (row < 0) {
                continue;
            }
            var alone = true;
            var values = matrix.get(row);
            for (var j = 0; j < unknowns; j++) {
                if (j != unknown[i] && Math.abs(values[j]) > 1e-9) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                return i;
            }
        }
        return -1;
    }

    /** Brings the matrix to reduced row echelon form; returns, per column, the row of its pivot or -1. */
    private static int[] reduce(List<double[]> matrix, int columns) {
        var pivotRowOf = new int[columns];
        Arrays.fill(pivotRowOf, -1);
        var row = 0;
        for (var column = 0; column < columns && row < matrix.size(); column++) {
            var best = -1;
            for (var r = row; r < matrix.size(); r++) {
                if (Math.abs(matrix.get(r)[column]) > 1e-9
                        && (best < 0 || Math.abs(matrix.get(r)[column]) > Math.abs(matrix.get(best)[column]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            var swap = matrix.get(best);
            matrix.set(best, matrix.get(row));
            matrix.set(row, swap);
            var pivot = swap[column];
            for (var j = 0; j < columns; j++) {
                swap[j] /= pivot;
            }
            for (var r = 0; r < matrix.size(); r++) {
                if (r == row) {
                    continue;
                }
                var factor = matrix.get(r)[column];
                if (Math.abs(factor) > 1e-12) {
                    var target = matrix.get(r);
                    for (var j = 0; j < columns; j++) {
                        target[j] -= factor * swap[j];
                    }
                }
            }
            pivotRowOf[column] = row;
            row++;
        }
        return pivotRowOf;
    }
}
