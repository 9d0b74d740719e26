package org.preventduty.reporting;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The chart of referrals over time, as the trends page and the Prevent lead's home page draw it: a column for each
 * period, divided into referrals found appropriate, those not, and those not yet decided.
 */
@Component
class TrendChart {

    private final MessageSource messages;

    TrendChart(MessageSource messages) {
        this.messages = messages;
    }

    /** The chart of a trend, in the reader's language. */
    String svg(ReferralTrends.Trend trend) {
        var locale = LocaleContextHolder.getLocale();
        var columns = trend.periods().stream()
                .map(p -> new Charts.Column(
                        label(trend.interval(), p.from(), p.to(), locale),
                        Charts.count(p.referrals()),
                        Charts.count(p.appropriate()),
                        Charts.count(p.notAppropriate())))
                .toList();
        return Charts.columns(
                "trend",
                text("trends.chart.title", locale),
                text("trends.chart.description", locale),
                text("trends.appropriate", locale),
                text("trends.notAppropriate", locale),
                text("trends.undecided", locale),
                columns);
    }

    /** A period's short name: a month (Jan 2024), a quarter (2023-24 Q1) or a financial year (2023-24). */
    static String label(ReferralTrends.Interval interval, LocalDate from, LocalDate to, Locale locale) {
        return switch (interval) {
            case MONTH -> from.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + from.getYear();
            case QUARTER -> year(from) + " Q" + ((from.getMonthValue() + 8) % 12 / 3 + 1);
            case YEAR ->
                from.getMonthValue() == 4 && from.getDayOfMonth() == 1
                        ? year(from)
                        : from.getYear() == to.getYear()
                                ? String.valueOf(from.getYear())
                                : from.getYear() + "-" + to.getYear() % 100;
        };
    }

    private static String year(LocalDate day) {
        var start = ReferralTrends.financialYearStart(day).getYear();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
