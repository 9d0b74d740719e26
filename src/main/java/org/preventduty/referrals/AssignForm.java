package org.preventduty.referrals;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The case worker a referral is assigned to. */
final class AssignForm {
    private @Nullable UUID userId;

    public @Nullable UUID getUserId() {
        return userId;
    }

    public void setUserId(@Nullable UUID userId) {
        this.userId = userId;
    }
}
