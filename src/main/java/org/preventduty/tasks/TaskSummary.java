package org.preventduty.tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How much work is due for the current user, for a dashboard: what {@code /tasks} lists, counted. */
@Service
public class TaskSummary {

    private final Tasks tasks;

    TaskSummary(Tasks tasks) {
        this.tasks = tasks;
    }

    /**
     * The current user's tasks, counted.
     *
     * @param overdue tasks due before today.
     * @param dueThisWeek tasks due from today to seven days on.
     */
    public record Counts(long overdue, long dueThisWeek) {}

    @Transactional(readOnly = true)
    public Counts mine() {
        var due = tasks.mine(null);
        return new Counts(
                due.stream().filter(t -> t.when() == Tasks.When.OVERDUE).count(),
                due.stream().filter(t -> t.when() == Tasks.When.DUE_SOON).count());
    }
}
