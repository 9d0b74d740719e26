package org.preventduty.channel;

import org.jspecify.annotations.Nullable;

/** The cases page's search and filter: words to find (a name, a date of birth, a reference) and a status. */
final class CaseSearchForm {

    private @Nullable String q;
    private @Nullable CaseStatus status;

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable CaseStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable CaseStatus status) {
        this.status = status;
    }
}
