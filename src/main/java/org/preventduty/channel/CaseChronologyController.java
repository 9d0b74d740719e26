package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's chronology page, filtered by what happened and between two days, and the pages that add a note to it or
 * correct one.
 */
@Controller
class CaseChronologyController {

    private final CaseChronology chronology;
    private final CaseQueries queries;
    private final ChannelTasks tasks;
    private final CurrentActor actors;

    CaseChronologyController(CaseChronology chronology, CaseQueries queries, ChannelTasks tasks, CurrentActor actors) {
        this.chronology = chronology;
        this.queries = queries;
        this.tasks = tasks;
        this.actors = actors;
    }

    @GetMapping("/channel/cases/{id}/chronology")
    String chronology(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @ModelAttribute("filter") ChronologyFilter filter,
            BindingResult result,
            Model model) {
        var c = queries.view(id);
        var start = filter.readOptional(result, "from", from);
        var end = filter.readOptional(result, "to", to);
        if (start != null && end != null && end.isBefore(start)) {
            result.rejectValue("to", "chronology.filter.toBeforeFrom");
            end = null;
        }
        var items = chronology.chronology(id, CaseChronology.Group.kinds(filter.getShow()), start, end);
        model.addAttribute("items", items);
        model.addAttribute("groups", CaseChronology.Group.values());
        model.addAttribute(
                "filtered", result.hasErrors() || !filter.getShow().isEmpty() || start != null || end != null);
        return caseSection(c, "channel/chronology", model);
    }

    @GetMapping("/channel/cases/{id}/notes/new")
    String newNote(@PathVariable UUID id, Model model) {
        var c = queries.view(id);
        if (!c.mayWriteNotes()) {
            return "redirect:/channel/cases/" + id + "/chronology";
        }
        var form = new NoteForm();
        form.occurredOn(queries.today());
        model.addAttribute("form", form);
        return notePage(c, "note", null, model);
    }

    @PostMapping("/channel/cases/{id}/notes")
    String addNote(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var day = FormErrors.day(result, "occurredOn", form.occurredOn(), "channel.note.occurredOn");
        if (FormErrors.made(result, () -> chronology.addNote(id, form.toNote(requireNonNull(day))))
                .isPresent()) {
            redirect.addFlashAttribute("success", "channel.noteAdded");
            return "redirect:/channel/cases/" + id + "/chronology";
        }
        return notePage(queries.view(id), "note", null, model);
    }

    @GetMapping("/channel/cases/{id}/notes/{noteId}/correct")
    String correction(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
        var note = chronology.note(id, noteId);
        var form = new NoteForm();
        form.occurredOn(note.occurredOn());
        form.setCategory(note.category());
        form.setText(note.text());
        form.setVersion(note.version());
        model.addAttribute("form", form);
        return notePage(queries.view(id), "noteCorrection", noteId, model);
    }

    @PostMapping("/channel/cases/{id}/notes/{noteId}/correct")
    String correct(
            @PathVariable UUID id,
            @PathVariable UUID noteId,
            @Valid @ModelAttribute("form") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var day = FormErrors.day(result, "occurredOn", form.occurredOn(), "channel.note.occurredOn");
        if (form.getReason() == null || form.getReason().isBlank()) {
            result.rejectValue("reason", "channel.note.reason.blank");
        }
        if (FormErrors.attempt(
                result,
                () -> chronology.correct(
                        id,
                        noteId,
                        form.toNote(requireNonNull(day)),
                        requireNonNull(form.getReason()),
                        form.getVersion()))) {
            redirect.addFlashAttribute("success", "channel.noteCorrected");
            return "redirect:/channel/cases/" + id + "/chronology";
        }
        chronology.note(id, noteId);
        return notePage(queries.view(id), "noteCorrection", noteId, model);
    }

    private String notePage(CaseQueries.CaseView c, String action, @Nullable UUID noteId, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("action", action);
        model.addAttribute("noteId", noteId);
        model.addAttribute("categories", CaseNote.Category.values());
        model.addAttribute("today", queries.today());
        return "channel/case-action";
    }

    private String caseSection(CaseQueries.CaseView c, String view, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("today", queries.today());
        model.addAttribute("caseTasks", tasks.onCase(actors.require(), c));
        return view;
    }
}
