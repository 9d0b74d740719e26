package org.preventduty.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/**
 * The forms of the panel's pages: a meeting to plan, with rows of attendees typed in beside the standing members and
 * panel members invited; its attendance, minutes and actions; the standing members; and an assessment of a case.
 */
final class MeetingForms {

    /** The rows of attendees a new meeting's page offers. */
    static final int ATTENDEE_ROWS = 6;

    private MeetingForms() {}

    /** The starting time typed, as 14:30 or 14.30, or {@literal null} when none was typed. */
    static @Nullable LocalTime time(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var parts = value.strip().split("[:.]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** A panel meeting to plan: when and where, who attends and which cases are on its agenda. */
    static final class MeetingForm {
        private @Nullable String heldOnDay;
        private @Nullable String heldOnMonth;
        private @Nullable String heldOnYear;

        @Pattern(
                regexp = "\\s*|\\s*([01]?[0-9]|2[0-3])[:.][0-5][0-9]\\s*",
                message = "{channel.meeting.startsAt.invalid}")
        private @Nullable String startsAt;

        @Size(max = 300, message = "{channel.meeting.location.tooLong}")
        private @Nullable String location;

        @Size(max = 100, message = "{channel.meeting.chairName.tooLong}")
        private @Nullable String chairName;

        private List<@Valid AttendeeForm> attendees = new ArrayList<>();
        private List<UUID> standingMembers = new ArrayList<>();
        private List<UUID> panelMembers = new ArrayList<>();
        private List<UUID> caseIds = new ArrayList<>();

        DateInput heldOn() {
            return new DateInput(heldOnDay, heldOnMonth, heldOnYear);
        }

        void heldOn(LocalDate day) {
            var input = DateInput.of(day);
            heldOnDay = input.day();
            heldOnMonth = input.month();
            heldOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getHeldOn() {
            return null;
        }

        public @Nullable String getHeldOnDay() {
            return heldOnDay;
        }

        public void setHeldOnDay(@Nullable String heldOnDay) {
            this.heldOnDay = heldOnDay;
        }

        public @Nullable String getHeldOnMonth() {
            return heldOnMonth;
        }

        public void setHeldOnMonth(@Nullable String heldOnMonth) {
            this.heldOnMonth = heldOnMonth;
        }

        public @Nullable String getHeldOnYear() {
            return heldOnYear;
        }

        public void setHeldOnYear(@Nullable String heldOnYear) {
            this.heldOnYear = heldOnYear;
        }

        public @Nullable String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(@Nullable String startsAt) {
            this.startsAt = startsAt;
        }

        public @Nullable String getLocation() {
            return location;
        }

        public void setLocation(@Nullable String location) {
            this.location = location;
        }

        public @Nullable String getChairName() {
            return chairName;
        }

        public void setChairName(@Nullable String chairName) {
            this.chairName = chairName;
        }

        public List<AttendeeForm> getAttendees() {
            return attendees;
        }

        public void setAttendees(List<AttendeeForm> attendees) {
            this.attendees = attendees;
        }

        public List<UUID> getStandingMembers() {
            return standingMembers;
        }

        public void setStandingMembers(List<UUID> standingMembers) {
            this.standingMembers = standingMembers;
        }

        public List<UUID> getPanelMembers() {
            return panelMembers;
        }

        public void setPanelMembers(List<UUID> panelMembers) {
            this.panelMembers = panelMembers;
        }

        public List<UUID> getCaseIds() {
            return caseIds;
        }

        public void setCaseIds(List<UUID> caseIds) {
            this.caseIds = caseIds;
        }
    }

    /** One row of attendees typed in. */
    static final class AttendeeForm {
        @Size(max = 100, message = "{channel.attendee.name.tooLong}")
        private @Nullable String name;

        @Size(max = 200, message = "{channel.attendee.organisation.tooLong}")
        private @Nullable String organisation;

        private @Nullable PanelRole panelRole;

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(@Nullable String organisation) {
            this.organisation = organisation;
        }

        public @Nullable PanelRole getPanelRole() {
            return panelRole;
        }

        public void setPanelRole(@Nullable PanelRole panelRole) {
            this.panelRole = panelRole;
        }
    }

    /** An assessment against the current framework: a rating of every factor, with evidence, and a summary of each dimension. */
    static final class AssessmentForm {
        private @Nullable String assessedOnDay;
        private @Nullable String assessedOnMonth;
        private @Nullable String assessedOnYear;

        @NotBlank(message = "{channel.assessment.assessedBy.blank}")
        @Size(max = 200, message = "{channel.assessment.assessedBy.tooLong}")
        private @Nullable String assessedBy;

        private Map<String, Rating> ratings = new LinkedHashMap<>();
        private Map<String, String> evidence = new LinkedHashMap<>();
        private Map<String, String> summaries = new LinkedHashMap<>();

        DateInput assessedOn() {
            return new DateInput(assessedOnDay, assessedOnMonth, assessedOnYear);
        }

        void assessedOn(LocalDate day) {
            var input = DateInput.of(day);
            assessedOnDay = input.day();
            assessedOnMonth = input.month();
            assessedOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getAssessedOn() {
            return null;
        }

        public @Nullable String getAssessedOnDay() {
            return assessedOnDay;
        }

        public void setAssessedOnDay(@Nullable String assessedOnDay) {
            this.assessedOnDay = assessedOnDay;
        }

        public @Nullable String getAssessedOnMonth() {
            return assessedOnMonth;
        }

        public void setAssessedOnMonth(@Nullable String assessedOnMonth) {
            this.assessedOnMonth = assessedOnMonth;
        }

        public @Nullable String getAssessedOnYear() {
            return assessedOnYear;
        }

        public void setAssessedOnYear(@Nullable String assessedOnYear) {
            this.assessedOnYear = assessedOnYear;
        }

        public @Nullable String getAssessedBy() {
            return assessedBy;
        }

        public void setAssessedBy(@Nullable String assessedBy) {
            this.assessedBy = assessedBy;
        }

        public Map<String, Rating> getRatings() {
            return ratings;
        }

        public void setRatings(Map<String, Rating> ratings) {
            this.ratings = ratings;
        }

        public Map<String, String> getEvidence() {
            return evidence;
        }

        public void setEvidence(Map<String, String> evidence) {
            this.evidence = evidence;
        }

        public Map<String, String> getSummaries() {
            return summaries;
        }

        public void setSummaries(Map<String, String> summaries) {
            this.summaries = summaries;
        }
    }

    /** An action agreed at a meeting. */
    static final class ActionForm {
        private @Nullable UUID caseId;

        @NotBlank(message = "{channel.action.description.blank}")
        @Size(max = 2000, message = "{channel.action.description.tooLong}")
        private @Nullable String description;

        @NotBlank(message = "{channel.action.owner.blank}")
        @Size(max = 200, message = "{channel.action.owner.tooLong}")
        private @Nullable String owner;

        private @Nullable String dueOnDay;
        private @Nullable String dueOnMonth;
        private @Nullable String dueOnYear;

        public @Nullable UUID getCaseId() {
            return caseId;
        }

        public void setCaseId(@Nullable UUID caseId) {
            this.caseId = caseId;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }

        public @Nullable String getOwner() {
            return owner;
        }

        public void setOwner(@Nullable String owner) {
            this.owner = owner;
        }

        DateInput dueOn() {
            return new DateInput(dueOnDay, dueOnMonth, dueOnYear);
        }

        void dueOn(LocalDate day) {
            var input = DateInput.of(day);
            dueOnDay = input.day();
            dueOnMonth = input.month();
            dueOnYear = input.year();
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getDueOn() {
            return null;
        }

        public @Nullable String getDueOnDay() {
            return dueOnDay;
        }

        public void setDueOnDay(@Nullable String dueOnDay) {
            this.dueOnDay = dueOnDay;
        }

        public @Nullable String getDueOnMonth() {
            return dueOnMonth;
        }

        public void setDueOnMonth(@Nullable String dueOnMonth) {
            this.dueOnMonth = dueOnMonth;
        }

        public @Nullable String getDueOnYear() {
            return dueOnYear;
        }

        public void setDueOnYear(@Nullable String dueOnYear) {
            this.dueOnYear = dueOnYear;
        }
    }

    /** Who was present at a meeting, by their place in its list of attendees. */
    static final class AttendanceForm {
        private List<Integer> present = new ArrayList<>();

        public List<Integer> getPresent() {
            return present;
        }

        public void setPresent(List<Integer> present) {
            this.present = present;
        }
    }

    /** The minutes of a case's discussion at a meeting. */
    static final class MinutesForm {
        @NotNull(message = "{channel.minutes.caseId.blank}")
        private @Nullable UUID caseId;

        @NotBlank(message = "{channel.minutes.blank}")
        @Size(max = 20000, message = "{channel.minutes.tooLong}")
        private @Nullable String minutes;

        public @Nullable UUID getCaseId() {
            return caseId;
        }

        public void setCaseId(@Nullable UUID caseId) {
            this.caseId = caseId;
        }

        public @Nullable String getMinutes() {
            return minutes;
        }

        public void setMinutes(@Nullable String minutes) {
            this.minutes = minutes;
        }
    }

    /** A standing member of the panel. */
    static final class PanelMemberForm {
        @NotBlank(message = "{channel.member.name.blank}")
        @Size(max = 100, message = "{channel.member.name.tooLong}")
        private @Nullable String name;

        @NotBlank(message = "{channel.member.organisation.blank}")
        @Size(max = 200, message = "{channel.member.organisation.tooLong}")
        private @Nullable String organisation;

        @NotNull(message = "{channel.member.panelRole.blank}")
        private @Nullable PanelRole panelRole;

        private List<String> marks = new ArrayList<>();

        @Size(max = 100, message = "{channel.member.deputyName.tooLong}")
        private @Nullable String deputyName;

        private @Nullable UUID userId;

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(@Nullable String organisation) {
            this.organisation = organisation;
        }

        public @Nullable PanelRole getPanelRole() {
            return panelRole;
        }

        public void setPanelRole(@Nullable PanelRole panelRole) {
            this.panelRole = panelRole;
        }

        public List<String> getMarks() {
            return marks;
        }

        public void setMarks(List<String> marks) {
            this.marks = marks;
        }

        public @Nullable String getDeputyName() {
            return deputyName;
        }

        public void setDeputyName(@Nullable String deputyName) {
            this.deputyName = deputyName;
        }

        public @Nullable UUID getUserId() {
            return userId;
        }

        public void setUserId(@Nullable UUID userId) {
            this.userId = userId;
        }
    }
}
