/**
 * Dashboards, statistics in national categories, committee reports and equality monitoring, all under disclosure
 * control.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {
            "shared",
            "shared :: web",
            "identity",
            "audit",
            "referrals",
            "channel",
            "training",
            "governance",
            "partners",
            "risk",
            "tasks"
        })
@NullMarked
package org.preventduty.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
