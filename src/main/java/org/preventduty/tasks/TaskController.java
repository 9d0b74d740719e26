package org.preventduty.tasks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page of work due. */
@Controller
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", tasks.mine(null));
        return "tasks/tasks";
    }
}
