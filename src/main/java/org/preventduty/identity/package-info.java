/**
 * Tenants, users and their roles, API keys, sign-in with two-factor authentication, sessions, the current actor and
 * the tenant scope every query of tenant-owned data runs in.
 */
@ApplicationModule(
        displayName = "Identity and access",
        allowedDependencies = {"shared", "shared :: web"})
@NullMarked
package org.preventduty.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
