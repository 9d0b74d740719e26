/**
 * Boards and their reporting schedule, scrutiny reviews and their recommendations, monitoring returns.
 */
@ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "tasks"})
@NullMarked
package org.preventduty.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
