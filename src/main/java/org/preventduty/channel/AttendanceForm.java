package org.preventduty.channel;

import java.util.ArrayList;
import java.util.List;

/** Who was present at a meeting, by their place in its list of attendees. */
final class AttendanceForm {
    private List<Integer> present = new ArrayList<>();

    public List<Integer> getPresent() {
        return present;
    }

    public void setPresent(List<Integer> present) {
        this.present = present;
    }
}
