/**
 * Channel cases from acceptance to closure: assessments, panel members and meetings, decisions, consent, support
 * plans and interventions, reviews and exit.
 */
@ApplicationModule(
        displayName = "Channel",
        allowedDependencies = {
            "shared",
            "shared :: web",
            "identity",
            "audit",
            "privacy",
            "referrals",
            "partners",
            "tasks"
        })
@NullMarked
package org.preventduty.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
