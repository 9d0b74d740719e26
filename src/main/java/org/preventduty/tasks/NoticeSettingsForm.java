package org.preventduty.tasks;

import java.util.EnumSet;
import java.util.Set;

/** Which notifications a person has by email. */
final class NoticeSettingsForm {

    private Set<Notice> byEmail = EnumSet.noneOf(Notice.class);

    public Set<Notice> getByEmail() {
        return byEmail;
    }

    public void setByEmail(Set<Notice> byEmail) {
        this.byEmail = byEmail == null || byEmail.isEmpty() ? EnumSet.noneOf(Notice.class) : EnumSet.copyOf(byEmail);
    }
}
