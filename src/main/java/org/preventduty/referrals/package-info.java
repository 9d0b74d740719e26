/**
 * People referred, the referral form and screening tool, triage and routing, requests for support, person matching
 * and repeat referrals.
 */
@ApplicationModule(
        displayName = "Referrals",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "privacy", "partners", "tasks"})
@NullMarked
package org.preventduty.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
