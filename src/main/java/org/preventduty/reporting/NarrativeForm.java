package org.preventduty.reporting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preventduty.reporting.CommitteeReportData.Section;

/**
 * The officer's words for each section of a draft committee report, with the version of the report they were written
 * against, so that words saved by someone else in the meantime are not overwritten.
 */
class NarrativeForm {

    private int version;
    private Map<String, String> words = new LinkedHashMap<>();

    /** A form holding a report's words as saved. */
    static NarrativeForm of(CommitteeReports.Report report) {
        var form = new NarrativeForm();
        form.version = report.version();
        report.sections()
                .forEach(section ->
                        form.words.put(section.name(), report.narrative().getOrDefault(section, "")));
        return form;
    }

    /** The words typed for each section, by section; those of no section are left out. */
    Map<Section, String> bySection() {
        var bySection = new EnumMap<Section, String>(Section.class);
        for (var section : Section.values()) {
            var text = words.get(section.name());
            if (text != null) {
                bySection.put(section, text);
            }
        }
        return bySection;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Map<String, String> getWords() {
        return words;
    }

    public void setWords(Map<String, String> words) {
        this.words = words;
    }
}
