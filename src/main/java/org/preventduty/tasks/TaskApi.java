package org.preventduty.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The work due of the caller. */
@ApiController("/api/v1")
class TaskApi {

    private final Tasks tasks;

    TaskApi(Tasks tasks) {
        this.tasks = tasks;
    }

    record Item(
            String type,
            LocalDate dueOn,
            boolean overdue,
            String title,
            String reference,
            @Nullable UUID caseId) {}

    record Items(List<Item> items) {}

    @GetMapping("/tasks")
    Items tasks(@RequestParam(required = false) @Nullable UUID caseId) {
        return new Items(tasks.mine(caseId).stream()
                .map(due -> new Item(
                        due.task().type(),
                        due.task().dueOn(),
                        due.when() == Tasks.When.OVERDUE,
                        due.title(),
                        due.reference(),
                        due.task().caseId()))
                .toList());
    }
}
