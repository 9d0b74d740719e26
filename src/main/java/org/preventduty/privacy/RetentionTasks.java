package org.preventduty.privacy;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.stereotype.Component;

/**
 * The Prevent lead's task, from 30 days before, listing what the retention schedule will delete: one task, due on the
 * first day something goes, leading to the list where a record may be kept on.
 */
@Component
class RetentionTasks implements TaskSource {

    private final RetentionRuns runs;

    RetentionTasks(RetentionRuns runs) {
        this.runs = runs;
    }

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (caseId != null || actor.tenantId() == null || !actor.has(Role.PREVENT_LEAD)) {
            return List.of();
        }
        var soon = runs.upcoming(actor.tenantId());
        if (soon.isEmpty()) {
            return List.of();
        }
        return List.of(new Task(
                "RETENTION_DUE",
                soon.get(0).dueOn(),
                "task.retention",
                String.valueOf(soon.size()),
                "/privacy/upcoming",
                null,
                List.of(String.valueOf(soon.size()))));
    }
}
