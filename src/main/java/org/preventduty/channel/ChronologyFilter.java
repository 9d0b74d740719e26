package org.preventduty.channel;

import java.util.EnumSet;
import java.util.Set;
import org.preventduty.shared.web.DayFilter;

/** What a case's chronology page shows: the groups of entries chosen (all when none) between two days. */
final class ChronologyFilter extends DayFilter {

    private Set<CaseChronology.Group> show = EnumSet.noneOf(CaseChronology.Group.class);

    public Set<CaseChronology.Group> getShow() {
        return show;
    }

    public void setShow(Set<CaseChronology.Group> show) {
        this.show = show == null || show.isEmpty() ? EnumSet.noneOf(CaseChronology.Group.class) : EnumSet.copyOf(show);
    }
}
