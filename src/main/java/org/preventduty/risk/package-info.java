/**
 * The local risk assessment, its risks and consultation, the action plan and the self-assessment against the Home
 * Office toolkit.
 */
@ApplicationModule(
        displayName = "Risk and action plan",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "privacy", "partners", "tasks"})
@NullMarked
package org.preventduty.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
