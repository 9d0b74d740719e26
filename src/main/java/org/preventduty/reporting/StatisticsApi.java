package org.preventduty.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Region;
import org.preventduty.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national statistics' figures through the API. */
@ApiController("/api/v1")
class StatisticsApi {

    private final ReferralStatistics statistics;

    StatisticsApi(ReferralStatistics statistics) {
        this.statistics = statistics;
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
            @RequestParam(defaultValue = "CONTROLLED") Disclosure disclosure) {
        return statistics.report(from, to, region, disclosure == Disclosure.NONE);
    }
}
