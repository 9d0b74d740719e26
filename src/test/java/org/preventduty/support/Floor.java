package org.preventduty.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmarks under {@code bench/} print: a figure of the product beside its floor, the same rows read straight
 * from PostgreSQL as its superuser (no row-level security, no application), and the ratio of their 95th percentiles.
 */
public final class Floor {

    private Floor() {}

    /**
     * Runs a request and its floor, one after the other, {@code times} times after a tenth as many to warm up, and
     * prints both and the ratio; answers the ratio.
     */
    public static double measure(String what, int times, Runnable request, Runnable floor) {
        for (var i = 0; i < Math.max(5, times / 10); i++) {
            request.run();
            floor.run();
        }
        var figures = new ArrayList<Double>();
        var floors = new ArrayList<Double>();
        for (var i = 0; i < times; i++) {
            var t0 = System.nanoTime();
            request.run();
            figures.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            floor.run();
            floors.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(figures);
        Collections.sort(floors);
        var p95 = percentile(figures, 95);
        var floor95 = percentile(floors, 95);
        var ratio = p95 / Math.max(0.01, floor95);
        System.out.printf(
                Locale.ROOT,
                "%s (ms): p50=%.1f p95=%.1f | floor p50=%.1f p95=%.1f | ratio p95 %.1fx%n",
                what,
                percentile(figures, 50),
                p95,
                percentile(floors, 50),
                floor95,
                ratio);
        return ratio;
    }

    /** Runs a query and reads every row it answers. */
    public static void query(Connection connection, String sql, Object... params) {
        try (var statement = connection.prepareStatement(sql)) {
            for (var i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rows = statement.executeQuery()) {
                var columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (var c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value at a percentile of values sorted in ascending order. */
    public static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
