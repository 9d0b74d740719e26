package org.preventduty.privacy;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** A Prevent lead's task for each subject access request not yet answered, due a month from its receipt. */
@Component
class SubjectAccessTasks implements TaskSource {

    private final SubjectAccess access;

    SubjectAccessTasks(SubjectAccess access) {
        this.access = access;
    }

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (caseId != null || actor.tenantId() == null || !actor.has(Role.PREVENT_LEAD)) {
            return List.of();
        }
        return access.open(actor.tenantId().value()).stream()
                .map(row -> new Task(
                        "SUBJECT_ACCESS_DUE",
                        (java.time.LocalDate) row[1],
                        "task.subjectAccess",
                        row[2].toString(),
                        "/people/" + row[0] + "/subject-access",
                        null,
                        List.of(row[2].toString())))
                .toList();
    }
}
