package org.preventduty.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a committee report shows, each count of people already under the council's disclosure control (a number,
 * or {@code "[c]"}): what the officer wrote for each section, and the tables of the modules' figures for the period. A
 * report marked final keeps this as it was, so that what a committee saw can be produced again exactly.
 *
 * @param council the council's name.
 * @param committee the committee it goes to.
 * @param from the first day of the period.
 * @param to the last day of the period.
 * @param madeOn the day the figures were taken.
 * @param sections the sections chosen, in order.
 * @param narrative the officer's words for each section chosen.
 * @param threshold counts from 1 to below this are shown as {@code [c]}.
 * @param language the language of the report, such as {@code en}.
 */
record CommitteeReportData(
        String council,
        String committee,
        LocalDate from,
        LocalDate to,
        LocalDate madeOn,
        List<Section> sections,
        Map<Section, String> narrative,
        int threshold,
        String language,
        Training training,
        List<Board> boards,
        List<Review> reviews,
        Casework casework,
        List<Project> projects,
        @Nullable Risk risk,
        Equality equality) {

    /** The sections of a committee report, in the order they appear. */
    enum Section {
        BACKGROUND,
        GOVERNANCE,
        RISK,
        CHANNEL,
        TRAINING,
        PARTNERSHIP,
        EQUALITIES,
        RECOMMENDATIONS
    }

    /** Whether the report has the section. */
    public boolean has(Section section) {
        return sections.contains(section);
    }

    /** The officer's words for a section, empty when none were written. */
    public String words(Section section) {
        var text = narrative.get(section);
        return text == null ? "" : text;
    }

    /** Training by department on the last day of the period, with the sessions delivered in it. */
    record Training(List<TrainingRow> rows, TrainingRow total) {}

    /**
     * @param department the department, or {@literal null} for staff with none.
     * @param percent the share trained, to one decimal place, or {@literal null} when it would reveal a suppressed count.
     */
    record TrainingRow(
            @Nullable String department,
            Object requiringTraining,
            Object trained,
            long sessionsDelivered,
            @Nullable String percent) {}

    record Board(
            String name,
            @Nullable String areaOfFocus,
            String frequency,
            LocalDate lastUpdateOn,
            LocalDate nextUpdateDue,
            boolean overdue) {}

    record Review(
            String title,
            LocalDate concludedOn,
            @Nullable LocalDate signedOffOn,
            List<Recommendation> recommendations) {}

    record Recommendation(
            int number,
            String text,
            String response,
            @Nullable String responseReason,
            @Nullable String lead,
            @Nullable String progress,
            String status) {}

    /** Channel casework in the period: meetings, attendance by organisation, and how far referrals went. */
    record Casework(
            long meetingsHeld,
            List<Attendance> attendance,
            Object referrals,
            Object discussedAtPanel,
            Object adoptedAsChannelCase) {}

    record Attendance(String organisation, Object invited, Object present) {}

    record Project(
            String title,
            String provider,
            @Nullable String targetGroup,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            long seriesDelivered,
            long sessionsDelivered,
            Object participants) {}

    record Risk(
            int versionNumber,
            String title,
            String status,
            @Nullable String reviewedByGroup,
            @Nullable LocalDate reviewedOn,
            @Nullable String approvedBy,
            @Nullable LocalDate approvedOn,
            @Nullable LocalDate nextReview) {}

    /** Referrals and adoptions by the categories of equality monitoring. */
    record Equality(Group referrals, Group adopted) {}

    record Group(Object total, List<Line> byEthnicity, List<Line> byReligion, List<Line> bySex, List<Line> byAgeBand) {}

    /** A category's count, and its label in the report's language. */
    record Line(String category, String label, Object count) {}
}
