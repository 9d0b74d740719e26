/**
 * Work that is due, derived from the due dates of every module: overdue and due-soon lists and notifications.
 */
@ApplicationModule(
        displayName = "Tasks",
        allowedDependencies = {"shared", "shared :: web", "identity", "audit"})
@NullMarked
package org.preventduty.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
