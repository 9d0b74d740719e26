package org.preventduty.referrals;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the narrow row of each submitted referral in the categories of the national statistics: the sector, the type of
 * concern in the current list's codes (a referrer not sure counting as mixed or unclear), the age band on the day
 * received, the sex, and how far it went through Channel.
 */
@Component
class StatisticRows {

    private static final int[] BAND_STARTS = {51, 41, 31, 21, 18, 16, 11};
    private static final String[] BANDS = {
        "51_AND_OVER", "41_TO_50", "31_TO_40", "21_TO_30", "18_TO_20", "16_TO_17", "11_TO_15"
    };

    private final JdbcClient jdbc;
    private final CodeLists codes;

    StatisticRows(JdbcClient jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    /** The age band of the national statistics for someone on a day. */
    static String ageBand(@Nullable LocalDate dateOfBirth, @Nullable Integer approximateAge, LocalDate on) {
        Integer age = dateOfBirth != null
                ? Integer.valueOf(Period.between(dateOfBirth, on).getYears())
                : approximateAge;
        if (age == null) {
            return "UNKNOWN";
        }
        for (var i = 0; i < BAND_STARTS.length; i++) {
            if (age >= BAND_STARTS[i]) {
                return BANDS[i];
            }
        }
        return "10_OR_UNDER";
    }

    String typeOfConcern(@Nullable String version, @Nullable String code) {
        if (code == null || Referral.NOT_SURE.equals(code)) {
            return "MIXED_OR_UNCLEAR";
        }
        var current = codes.toCurrent(CodeLists.TYPE_OF_CONCERN, version, code);
        return current == null ? "MIXED_OR_UNCLEAR" : current;
    }

    Object[] row(
            UUID referralId,
            UUID tenantId,
            LocalDate receivedOn,
            @Nullable String sector,
            @Nullable String typeOfConcernVersion,
            @Nullable String typeOfConcern,
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            @Nullable Sex sex,
            @Nullable Boolean appropriate,
            @Nullable String ethnicity,
            @Nullable String religion) {
        return new Object[] {
            referralId,
            tenantId,
            receivedOn,
            sector == null ? "OTHER" : sector,
            typeOfConcern(typeOfConcernVersion, typeOfConcern),
            ageBand(dateOfBirth, approximateAge, receivedOn),
            sex == null ? Sex.NOT_KNOWN.name() : sex.name(),
            false,
            false,
            appropriate,
            ethnicity,
            religion
        };
    }

    static final String INSERT = "insert into referral_statistic (referral_id, tenant_id, received_on, sector,"
            + " type_of_concern, age_band, sex, discussed_at_panel, adopted, appropriate, ethnicity, religion)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Records whether the screening found the referral appropriate, once it is decided. */
    void decided(UUID referralId, boolean appropriate) {
        jdbc.sql("update referral_statistic set appropriate = ? where referral_id = ?")
                .params(appropriate, referralId)
                .update();
    }

    void record(Referral referral) {
        var answers = referral.answers();
        // The equality monitoring answers are kept apart from the referral.
        var equality = jdbc.sql(
                        "select ethnicity, religion from referral_equality where referral_id = ? and tenant_id = ?")
                .params(referral.id(), referral.tenantId())
                .query((rows, n) -> new String[] {rows.getString(1), rows.getString(2)})
                .optional()
                .orElse(new String[2]);
        jdbc.sql(INSERT)
                .params(row(
                        referral.id(),
                        referral.tenantId(),
                        referral.receivedOn(),
                        answers.referrerSector(),
                        referral.typeOfConcernVersion(),
                        answers.typeOfConcernNotSure() ? Referral.NOT_SURE : answers.typeOfConcern(),
                        answers.dateOfBirth(),
                        answers.approximateAge(),
                        answers.sex(),
                        null,
                        equality[0],
                        equality[1]))
                .update();
    }
}
