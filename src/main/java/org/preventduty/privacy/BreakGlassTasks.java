package org.preventduty.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** A Prevent lead's task to review each opening of a case by breaking glass. */
@Component
class BreakGlassTasks implements TaskSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BreakGlass breakGlass;

    BreakGlassTasks(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (actor.tenantId() == null || !actor.has(Role.PREVENT_LEAD)) {
            return List.of();
        }
        return breakGlass.awaitingReview(actor.tenantId()).stream()
                .filter(opening -> caseId == null || opening.caseId().equals(caseId))
                .map(opening -> new Task(
                        "BREAK_GLASS_REVIEW",
                        LocalDate.ofInstant(opening.openedAt(), LONDON),
                        "task.breakGlass",
                        opening.caseReference(),
                        "/privacy/break-glass",
                        opening.caseId(),
                        List.of(opening.caseReference())))
                .toList();
    }
}
