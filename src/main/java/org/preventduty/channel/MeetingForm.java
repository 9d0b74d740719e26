package org.preventduty.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;
import org.preventduty.shared.web.FormValues;
import org.springframework.validation.Errors;

/** A panel meeting to plan: when and where, who attends and which cases are on its agenda. */
final class MeetingForm {

    /** The rows of attendees a new meeting's page offers. */
    static final int ATTENDEE_ROWS = 6;

    private @Nullable String heldOnDay;
    private @Nullable String heldOnMonth;
    private @Nullable String heldOnYear;

    @Pattern(regexp = "\\s*|\\s*([01]?[0-9]|2[0-3])[:.][0-5][0-9]\\s*", message = "{channel.meeting.startsAt.invalid}")
    private @Nullable String startsAt;

    @Size(max = 300, message = "{channel.meeting.location.tooLong}")
    private @Nullable String location;

    @Size(max = 100, message = "{channel.meeting.chairName.tooLong}")
    private @Nullable String chairName;

    private List<@Valid AttendeeForm> attendees = new ArrayList<>();
    private List<UUID> standingMembers = new ArrayList<>();
    private List<UUID> panelMembers = new ArrayList<>();
    private List<UUID> caseIds = new ArrayList<>();

    @jakarta.validation.constraints.Min(value = 0, message = "{channel.meeting.repeat.range}")
    @jakarta.validation.constraints.Max(value = 11, message = "{channel.meeting.repeat.range}")
    private @Nullable Integer repeat;

    private MeetingSeries.@Nullable Interval every;

    /** The starting time typed, as 14:30 or 14.30, or {@literal null} when none was typed. */
    @Nullable
    LocalTime startingTime() {
        if (startsAt == null || startsAt.isBlank()) {
            return null;
        }
        var parts = startsAt.strip().split("[:.]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * The attendees typed in the rows, leaving out the empty ones; a row with an organisation but no name, or a name but
     * no role, is rejected on its field.
     */
    List<ChannelWork.Attendee> typedAttendees(Errors errors) {
        var typed = new ArrayList<ChannelWork.Attendee>();
        for (var i = 0; i < attendees.size(); i++) {
            var row = attendees.get(i);
            var name = FormValues.text(row.getName());
            var organisation = FormValues.text(row.getOrganisation());
            if (name == null) {
                if (organisation != null) {
                    errors.rejectValue("attendees[" + i + "].name", "channel.attendee.name.blank");
                }
            } else if (row.getPanelRole() == null) {
                errors.rejectValue("attendees[" + i + "].panelRole", "channel.attendee.role.blank");
            } else {
                typed.add(new ChannelWork.Attendee(
                        name, organisation == null ? "-" : organisation, row.getPanelRole(), null, null));
            }
        }
        return typed;
    }

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

    public @Nullable Integer getRepeat() {
        return repeat;
    }

    public void setRepeat(@Nullable Integer repeat) {
        this.repeat = repeat;
    }

    public MeetingSeries.@Nullable Interval getEvery() {
        return every;
    }

    public void setEvery(MeetingSeries.@Nullable Interval every) {
        this.every = every;
    }
}
