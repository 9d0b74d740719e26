package org.preventduty.audit;

import jakarta.validation.Valid;
import java.util.UUID;
import org.preventduty.identity.UserManagement;
import org.preventduty.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The auditor's pages: search the trail, the access log of a record, verification of the chain. */
@Controller
class AuditController {

    private final AuditManagement audit;
    private final UserManagement users;
    private final AuditSettings settings;

    AuditController(AuditManagement audit, UserManagement users, AuditSettings settings) {
        this.audit = audit;
        this.users = users;
        this.settings = settings;
    }

    @InitBinder("search")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("user", "action", "subjectType", "subjectId", "from", "to", "page");
    }

    @GetMapping("/audit")
    String search(@Valid @ModelAttribute("search") AuditSearchForm form, BindingResult result, Model model) {
        model.addAttribute("actions", audit.actions());
        if (!result.hasErrors() && !form.datesValid()) {
            result.rejectValue("from", "audit.date.invalid");
        }
        if (result.hasErrors()) {
            return "audit/search";
        }
        UUID actorId = null;
        if (form.getUser() != null && !form.getUser().isBlank()) {
            actorId = AuditSearchForm.uuid(form.getUser());
            if (actorId == null) {
                var found = users.findIdByEmail(form.getUser());
                if (found.isEmpty()) {
                    result.rejectValue("user", "audit.user.unknown");
                    return "audit/search";
                }
                actorId = found.get();
            }
        }
        var query = new AuditQuery(
                actorId,
                blankToNull(form.getAction()),
                blankToNull(form.getSubjectType()),
                blankToNull(form.getSubjectId()),
                null,
                form.fromDate(),
                form.toDate());
        var paged = audit.search(query, Math.max(form.getPage(), 0), settings.pageSize());
        model.addAttribute("events", paged);
        model.addAttribute("pagination", Pagination.of(paged, ServletUriComponentsBuilder.fromCurrentRequest()));
        return "audit/search";
    }

    @GetMapping("/audit/access-log")
    String accessLog(
            @RequestParam String subjectType,
            @RequestParam String subjectId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!subjectType.matches("[A-Z][A-Z0-9_]{0,39}") || subjectId.isBlank() || subjectId.length() > 100) {
            throw new IllegalArgumentException("Not a record");
        }
        var paged = subjectType.equals("PERSON") && AuditSearchForm.uuid(subjectId) != null
                ? audit.personAccessLog(AuditSearchForm.uuid(subjectId), Math.max(page, 0), settings.pageSize())
                : audit.accessLog(subjectType, subjectId, Math.max(page, 0), settings.pageSize());
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("events", paged);
        model.addAttribute("pagination", Pagination.of(paged, ServletUriComponentsBuilder.fromCurrentRequest()));
        return "audit/access-log";
    }

    @GetMapping("/audit/verification")
    String verification(Model model) {
        model.addAttribute("result", audit.verifyTenant());
        return "audit/verification";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
