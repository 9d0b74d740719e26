package org.preventduty.tasks;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** A person's notifications, newest first, each opened (and so marked read) from the list; and their email choices. */
@Controller
class NotificationsController {

    static final int PAGE_SIZE = 25;

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var items = notifications.mine(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("pagination", Pagination.of(items, UriComponentsBuilder.fromPath("/notifications")));
        return "tasks/notifications";
    }

    @GetMapping("/notifications/{id}")
    String open(@PathVariable UUID id) {
        var link = notifications.open(id);
        if (link == null) {
            throw new NotFoundException("Notification");
        }
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.readAll();
        redirect.addFlashAttribute("success", "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        var form = new NoticeSettingsForm();
        form.setByEmail(notifications.emailSettings().entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
        model.addAttribute("form", form);
        model.addAttribute("kinds", Notice.values());
        return "tasks/notification-settings";
    }

    @PostMapping("/notifications/settings")
    String saveSettings(
            @ModelAttribute("form") NoticeSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("kinds", Notice.values());
            return "tasks/notification-settings";
        }
        notifications.emailOnly(form.getByEmail());
        redirect.addFlashAttribute("success", "notifications.settings.saved");
        return "redirect:/notifications";
    }
}
