package org.preventduty.reporting;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Region;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national statistics' figures through the API. */
@ApiController("/api/v1")
class StatisticsApi {

    private final ReferralStatistics statistics;
    private final ReferralTrends trends;

    private final EqualityMonitoring equality;
    private final CommitteeReports reports;

    StatisticsApi(
            ReferralStatistics statistics,
            ReferralTrends trends,
            EqualityMonitoring equality,
            CommitteeReports reports) {
        this.statistics = statistics;
        this.trends = trends;
        this.equality = equality;
        this.reports = reports;
    }

    /** Whether the figures are under disclosure control; only a Prevent lead may ask for none on their own council. */
    enum Disclosure {
        CONTROLLED,
        NONE
    }

    @GetMapping("/reports/referral-statistics")
    ReferralStatistics.Report referralStatistics(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable Region region,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "CONTROLLED") Disclosure disclosure) {
        return statistics.report(from, to, region, group, disclosure == Disclosure.NONE);
    }

    @GetMapping("/reports/referral-trends")
    ReferralTrends.Trend referralTrends(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "YEAR") ReferralTrends.Interval interval,
            @RequestParam(required = false) @Nullable Region region,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(defaultValue = "CONTROLLED") Disclosure disclosure) {
        return trends.trend(from, to, interval, region, group, disclosure == Disclosure.NONE);
    }

    @GetMapping("/reports/equality")
    EqualityMonitoring.Figures equality(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "CONTROLLED") Disclosure disclosure) {
        return equality.figures(from, to, disclosure == Disclosure.NONE);
    }

    @GetMapping("/reports/committee-report")
    ResponseEntity<byte[]> committeeReport(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "docx") String format,
            @RequestParam(required = false) @Nullable @Size(max = 300) String committee) {
        var chosen = CommitteeReports.Format.of(format);
        if (chosen == null) {
            throw new InvalidInputException(
                    List.of(new Problem("format", "report.format", "must be one of docx, pdf or html")));
        }
        var made = reports.adHoc(from, to, committee, chosen);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, made.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(made.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(made.content());
    }
}
