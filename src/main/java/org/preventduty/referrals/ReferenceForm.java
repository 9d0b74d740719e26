package org.preventduty.referrals;

import org.jspecify.annotations.Nullable;

/** A referral's reference to find. */
final class ReferenceForm {

    private @Nullable String reference;

    public @Nullable String getReference() {
        return reference;
    }

    public void setReference(@Nullable String reference) {
        this.reference = reference;
    }
}
