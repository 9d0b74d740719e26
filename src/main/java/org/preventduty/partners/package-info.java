/**
 * Partner organisations and institutions of the area: engagement, assurance, contracts and due diligence, venue-hire
 * checks, commissioned projects and funding.
 */
@ApplicationModule(
        displayName = "Partners and institutions",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit", "tasks"})
@NullMarked
package org.preventduty.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
