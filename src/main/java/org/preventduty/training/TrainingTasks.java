package org.preventduty.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training that runs out soon, to the council's training administrators: one task for the staff in post whose
 * training of their tier expires within the warning period, due on the first of those expiries.
 */
@Component
class TrainingTasks implements TaskSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrainingRecords records;
    private final TrainingSettings settings;
    private final Clock clock;

    TrainingTasks(TrainingRecords records, TrainingSettings settings, Clock clock) {
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        var tenant = actor.tenantId();
        if (caseId != null || tenant == null || !actor.has(Role.TRAINING_ADMIN)) {
            return List.of();
        }
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var until = today.plusDays(settings.expiringDays());
        var expiring = records.inPost(tenant.value(), today).stream()
                .map(TrainingRecords.Listed::expiresOn)
                .filter(Objects::nonNull)
                .filter(day -> day.isAfter(today) && !day.isAfter(until))
                .sorted()
                .toList();
        if (expiring.isEmpty()) {
            return List.of();
        }
        return List.of(new Task(
                "TRAINING_EXPIRING",
                expiring.get(0),
                "task.trainingExpiring",
                "task.reference.training",
                "/training/lists?kind=expiring",
                null,
                List.of(String.valueOf(expiring.size()), String.valueOf(settings.expiringDays()))));
    }
}
