package org.preventduty.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.reporting.CommitteeReportData.Section;

/** A committee report to start: the committee it goes to, the period of its figures and the sections it has. */
class CommitteeReportForm extends PeriodFields {

    @NotBlank(message = "{report.committee.blank}")
    @Size(max = 300, message = "{report.committee.long}")
    private @Nullable String committee;

    @NotEmpty(message = "{report.sections.blank}")
    private List<String> sections = new ArrayList<>();

    /** The sections chosen, those that are no section left out. */
    List<Section> chosen() {
        return Arrays.stream(Section.values())
                .filter(section -> sections.contains(section.name()))
                .toList();
    }

    public @Nullable String getCommittee() {
        return committee;
    }

    public void setCommittee(@Nullable String committee) {
        this.committee = committee;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }
}
