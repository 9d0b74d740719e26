package org.preventduty.identity;

import org.springframework.stereotype.Component;

/**
 * Decides who must give a second factor at sign-in: everybody outside demo mode (or when the setting says so), and in
 * demo mode those who chose to set it up.
 */
@Component
class SecondFactorPolicy {

    static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    private final boolean requiredForAll;

    SecondFactorPolicy(IdentitySettings settings, DemoMode demo) {
        this.requiredForAll = settings.mfaRequired() != null ? settings.mfaRequired() : !demo.isOn();
    }

    boolean requiredForAll() {
        return requiredForAll;
    }

    boolean requiredFor(SignedInUser user) {
        return requiredForAll || user.mfaEnrolled();
    }
}
