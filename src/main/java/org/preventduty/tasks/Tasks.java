package org.preventduty.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work due of the current user, from every module, earliest first. */
@Service
class Tasks {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<TaskSource> sources;
    private final CurrentActor actors;
    private final TaskTitles titles;
    private final Clock clock;

    Tasks(List<TaskSource> sources, CurrentActor actors, TaskTitles titles, Clock clock) {
        this.sources = sources;
        this.actors = actors;
        this.titles = titles;
        this.clock = clock;
    }

    /** Whether a task is overdue, due within a week, or later. */
    enum When {
        OVERDUE,
        DUE_SOON,
        LATER
    }

    /**
     * A task with its title in the reader's language.
     *
     * @param title the task's title, its message in the reader's language when it is a key.
     * @param reference the task's reference, in the reader's language when it is a key.
     */
    record Due(Task task, When when, String title, String reference) {}

    @Transactional(readOnly = true)
    List<Due> mine(@Nullable UUID caseId) {
        var actor = actors.require();
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var all = new ArrayList<Task>();
        sources.forEach(source -> all.addAll(source.tasks(actor, caseId)));
        all.sort(
                Comparator.comparing(Task::dueOn).thenComparing(Task::reference).thenComparing(Task::type));
        return all.stream()
                .map(task -> new Due(
                        task,
                        task.dueOn().isBefore(today)
                                ? When.OVERDUE
                                : task.dueOn().isAfter(today.plusDays(7)) ? When.LATER : When.DUE_SOON,
                        titles.title(task),
                        titles.reference(task)))
                .toList();
    }
}
