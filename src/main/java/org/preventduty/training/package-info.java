/**
 * Staff and who must be trained, courses, sessions, attendance, completions and their expiry, trainers and coverage.
 */
@ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "privacy", "partners", "tasks"})
@NullMarked
package org.preventduty.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
