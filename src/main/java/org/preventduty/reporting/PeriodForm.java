package org.preventduty.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The period a figures page shows, typed in two GOV.UK date inputs, with the interval of a trend and, for national
 * analysts, a region or a group of councils.
 */
class PeriodForm extends PeriodFields {

    private @Nullable String interval;
    private @Nullable String region;
    private @Nullable String group;

    /** A form holding a period already. */
    static PeriodForm of(LocalDate from, LocalDate to) {
        var form = new PeriodForm();
        form.fill(from, to);
        return form;
    }

    public @Nullable String getInterval() {
        return interval;
    }

    public void setInterval(@Nullable String interval) {
        this.interval = interval;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable String getGroup() {
        return group;
    }

    public void setGroup(@Nullable String group) {
        this.group = group;
    }
}
