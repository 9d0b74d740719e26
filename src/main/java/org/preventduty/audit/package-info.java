/**
 * The append-only, hash-chained audit trail of reads and writes of personal data and of security events; the access
 * log of a record; verification of the chains.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"shared", "shared :: web", "identity"})
@NullMarked
package org.preventduty.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
