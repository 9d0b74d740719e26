package org.preventduty.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as SVG, so that they need no script and no inline style under the content security policy.
 * Each has a title and a description that screen readers announce, every value written beside its bar (a suppressed
 * count as {@code [c]}), and a second series told apart by a hatched pattern as well as its colour, so that nothing is
 * said by colour alone. Pages set each chart beside a table of the same figures. Colours are the GOV.UK palette.
 */
final class Charts {

    static final String BLUE = "#1d70b8";
    static final String DARK_BLUE = "#003078";
    static final String GREEN = "#00703c";
    static final String RED = "#d4351c";
    static final String YELLOW = "#ffdd00";
    static final String ORANGE = "#f47738";
    static final String BLACK = "#0b0c0c";
    static final String GREY = "#505a5f";
    static final String LIGHT_GREY = "#b1b4b6";

    private static final int FONT = 14;

    private Charts() {}

    /**
     * A bar of a chart.
     *
     * @param label what it counts.
     * @param value the count, or {@literal null} when suppressed (written {@code [c]}, with no bar).
     * @param link where the list behind it is, or {@literal null}.
     */
    record Bar(String label, @Nullable Long value, @Nullable String link) {}

    /**
     * A census category's name as a bar's label: what follows its group's name and colon (Indian, of the Asian group's
     * Indian), so that the categories of one group are told apart; the table beside it names them in full.
     */
    static String shortLabel(String label) {
        var colon = label.indexOf(": ");
        return colon < 0 ? label : label.substring(colon + 2);
    }

    /** Horizontal bars, one per category, each with its value written at its end. */
    static String bars(String id, String title, String description, List<Bar> bars) {
        return bars(id, title, description, bars, "");
    }

    /** Horizontal bars, each with its value and a unit (such as {@code %}) written at its end. */
    static String bars(String id, String title, String description, List<Bar> bars, String unit) {
        var labelWidth = 260;
        var barWidth = 360;
        var rowHeight = 30;
        var height = Math.max(1, bars.size()) * rowHeight + 16;
        var width = labelWidth + barWidth + 80;
        var max = bars.stream()
                .map(Bar::value)
                .filter(v -> v != null)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        var svg = open(id, title, description, width, height);
        for (var i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            var y = 8 + i * rowHeight;
            var text = "<text x=\"" + (labelWidth - 8) + "\" y=\"" + (y + 19) + "\" text-anchor=\"end\" font-size=\""
                    + FONT + "\" fill=\"" + BLACK + "\">" + escape(shorten(bar.label(), 36)) + "</text>";
            svg.append(bar.link() == null ? text : "<a href=\"" + escape(bar.link()) + "\">" + text + "</a>");
            var length = bar.value() == null || max == 0
                    ? 0
                    : Math.max(2, Math.round(bar.value() * barWidth / (double) max));
            if (length > 0) {
                svg.append("<rect x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(length)
                        .append("\" height=\"")
                        .append(rowHeight - 10)
                        .append("\" fill=\"")
                        .append(BLUE)
                        .append("\"/>");
            }
            svg.append("<text x=\"")
                    .append(labelWidth + length + 6)
                    .append("\" y=\"")
                    .append(y + 19)
                    .append("\" font-size=\"")
                    .append(FONT)
                    .append("\" fill=\"")
                    .append(BLACK)
                    .append("\">")
                    .append(bar.value() == null ? "[c]" : String.format(Locale.UK, "%,d", bar.value()) + escape(unit))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A column of a stacked chart: its two parts (either {@literal null} when suppressed) and its total.
     *
     * @param label the period, such as {@code 2019-20}.
     * @param total the whole column's count, written on top, or {@literal null} when suppressed.
     * @param first the solid part.
     * @param second the hatched part.
     */
    record Column(
            String label,
            @Nullable Long total,
            @Nullable Long first,
            @Nullable Long second) {}

    /**
     * Columns of totals over time, each split into two parts (solid, and hatched) with what is left of the total in
     * grey; the legend names each part and shows its fill.
     */
    static String columns(
            String id,
            String title,
            String description,
            String firstName,
            String secondName,
            String restName,
            List<Column> columns) {
        var left = 56;
        var plotHeight = 220;
        var columnWidth = Math.max(18, Math.min(56, 640 / Math.max(1, columns.size())));
        var gap = Math.max(6, columnWidth / 4);
        var width = Math.max(420, left + columns.size() * (columnWidth + gap) + 24);
        var height = plotHeight + 118;
        var max = columns.stream()
                .map(Column::total)
                .filter(v -> v != null)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        var scale = max == 0 ? 0 : plotHeight / (double) niceCeiling(max);
        var svg = open(id, title, description, width, height);
        svg.append("<defs><pattern id=\"")
                .append(id)
                .append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\"")
                .append(" height=\"6\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"")
                .append(ORANGE)
                .append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
                .append(BLACK)
                .append("\" stroke-width=\"2\"/></pattern></defs>");
        var top = 10;
        var base = top + plotHeight;
        // The axis and its scale.
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(base)
                .append("\" x2=\"")
                .append(width - 10)
                .append("\" y2=\"")
                .append(base)
                .append("\" stroke=\"")
                .append(GREY)
                .append("\"/>");
        if (max > 0) {
            var ceiling = niceCeiling(max);
            for (var step = 0; step <= 4; step++) {
                var value = ceiling * step / 4;
                var y = base - value * scale;
                svg.append("<text x=\"")
                        .append(left - 6)
                        .append("\" y=\"")
                        .append(fmt(y + 4))
                        .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"")
                        .append(GREY)
                        .append("\">")
                        .append(String.format(Locale.UK, "%,d", value))
                        .append("</text>");
                svg.append("<line x1=\"")
                        .append(left)
                        .append("\" y1=\"")
                        .append(fmt(y))
                        .append("\" x2=\"")
                        .append(width - 10)
                        .append("\" y2=\"")
                        .append(fmt(y))
                        .append("\" stroke=\"")
                        .append(LIGHT_GREY)
                        .append("\" stroke-width=\"0.5\"/>");
            }
        }
        for (var i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var x = left + gap / 2 + i * (columnWidth + gap);
            var y = (double) base;
            if (column.total() != null && scale > 0) {
                var first = column.first() == null ? 0 : column.first();
                var second = column.second() == null ? 0 : column.second();
                var rest = Math.max(0, column.total() - first - second);
                y = stack(svg, x, y, columnWidth, first * scale, BLUE);
                y = stack(svg, x, y, columnWidth, second * scale, "url(#" + id + "-hatch)");
                y = stack(svg, x, y, columnWidth, rest * scale, LIGHT_GREY);
            }
            svg.append("<text x=\"")
                    .append(x + columnWidth / 2)
                    .append("\" y=\"")
                    .append(fmt(y - 4))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"")
                    .append(BLACK)
                    .append("\">")
                    .append(column.total() == null ? "[c]" : String.format(Locale.UK, "%,d", column.total()))
                    .append("</text>");
            // A label of two words (2023-24 Q1, Jan 2024) takes two lines, so that narrow columns do not overlap.
            var words = column.label().split(" ", 2);
            for (var line = 0; line < words.length; line++) {
                svg.append("<text x=\"")
                        .append(x + columnWidth / 2)
                        .append("\" y=\"")
                        .append(base + 16 + line * 13)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                        .append(BLACK)
                        .append("\">")
                        .append(escape(shorten(words[line], 8)))
                        .append("</text>");
            }
        }
        var legend = base + 48;
        legend(svg, left, legend, BLUE, firstName);
        legend(svg, left, legend + 22, "url(#" + id + "-hatch)", secondName);
        legend(svg, left, legend + 44, LIGHT_GREY, restName);
        return svg.append("</svg>").toString();
    }

    /** The 5 by 5 risk matrix: each cell its count and its rating's letter, so that the rating is read, not only seen. */
    static String heatMap(
            String id,
            String title,
            String description,
            long[][] counts,
            String[][] ratings,
            String likelihood,
            String impact) {
        var cell = 56;
        var left = 120;
        var width = left + 5 * cell + 20;
        var height = 5 * cell + 70;
        var svg = open(id, title, description, width, height);
        for (var l = 5; l >= 1; l--) {
            var y = 10 + (5 - l) * cell;
            svg.append("<text x=\"")
                    .append(left - 8)
                    .append("\" y=\"")
                    .append(y + cell / 2 + 5)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"")
                    .append(BLACK)
                    .append("\">")
                    .append(l)
                    .append("</text>");
            for (var i = 1; i <= 5; i++) {
                var x = left + (i - 1) * cell;
                var rating = ratings[l - 1][i - 1];
                var fill = switch (rating) {
                    case "RED" -> RED;
                    case "AMBER" -> ORANGE;
                    default -> GREEN;
                };
                var ink = "AMBER".equals(rating) ? BLACK : "#ffffff";
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(cell - 2)
                        .append("\" height=\"")
                        .append(cell - 2)
                        .append("\" fill=\"")
                        .append(fill)
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(x + cell / 2 - 1)
                        .append("\" y=\"")
                        .append(y + 24)
                        .append("\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"")
                        .append(ink)
                        .append("\">")
                        .append(counts[l - 1][i - 1])
                        .append("</text>");
                svg.append("<text x=\"")
                        .append(x + cell / 2 - 1)
                        .append("\" y=\"")
                        .append(y + 42)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                        .append(ink)
                        .append("\">")
                        .append(rating.charAt(0))
                        .append("</text>");
            }
        }
        for (var i = 1; i <= 5; i++) {
            svg.append("<text x=\"")
                    .append(left + (i - 1) * cell + cell / 2 - 1)
                    .append("\" y=\"")
                    .append(10 + 5 * cell + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"")
                    .append(BLACK)
                    .append("\">")
                    .append(i)
                    .append("</text>");
        }
        svg.append("<text x=\"")
                .append(left + 5 * cell / 2)
                .append("\" y=\"")
                .append(10 + 5 * cell + 40)
                .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"")
                .append(BLACK)
                .append("\">")
                .append(escape(impact))
                .append("</text>");
        svg.append("<text x=\"14\" y=\"")
                .append(10 + 5 * cell / 2)
                .append("\" font-size=\"13\" fill=\"")
                .append(BLACK)
                .append("\">")
                .append(escape(likelihood))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static double stack(StringBuilder svg, int x, double y, int width, double height, String fill) {
        if (height <= 0) {
            return y;
        }
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(fmt(y - height))
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(fmt(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#ffffff\" stroke-width=\"0.5\"/>");
        return y - height;
    }

    private static void legend(StringBuilder svg, int x, int y, String fill, String name) {
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y - 12)
                .append("\" width=\"16\" height=\"16\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(BLACK)
                .append("\" stroke-width=\"0.5\"/>");
        svg.append("<text x=\"")
                .append(x + 24)
                .append("\" y=\"")
                .append(y + 1)
                .append("\" font-size=\"13\" fill=\"")
                .append(BLACK)
                .append("\">")
                .append(escape(name))
                .append("</text>");
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" focusable=\"false\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /** A round number at or above the largest value, for the axis. */
    static long niceCeiling(long max) {
        if (max <= 4) {
            return 4;
        }
        var magnitude = (long) Math.pow(10, Math.floor(Math.log10(max)));
        for (var step : new long[] {1, 2, 4, 5, 10}) {
            var ceiling = step * magnitude;
            if (ceiling >= max && ceiling % 4 == 0) {
                return ceiling;
            }
        }
        return ((max + 3) / 4) * 4;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A count as a chart takes it: a number, or {@literal null} when it is {@code [c]}. */
    static @Nullable Long count(Object shown) {
        return shown instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }
}
