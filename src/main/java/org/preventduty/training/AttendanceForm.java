package org.preventduty.training;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who came to a session, of those invited. */
final class AttendanceForm {
    private List<UUID> attended = new ArrayList<>();

    public List<UUID> getAttended() {
        return attended;
    }

    public void setAttended(List<UUID> attended) {
        this.attended = attended;
    }
}
