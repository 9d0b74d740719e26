/**
 * Retention rules and the deletion job, legal hold, subject access export and the review of break-glass access.
 */
@ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "tasks"})
@NullMarked
package org.preventduty.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
