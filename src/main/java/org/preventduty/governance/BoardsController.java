package org.preventduty.governance;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.DayFilter;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board schedule, each board's updates, and the question pages that add a board, change it or log an update. */
@Controller
class BoardsController {

    private final Boards boards;
    private final GovernancePages pages;

    BoardsController(Boards boards, GovernancePages pages) {
        this.boards = boards;
        this.pages = pages;
    }

    /**
     * The schedule as it stands on a day: the day typed in the filter, or one given as {@code asOf} (as the CSV link
     * does), or today.
     */
    @GetMapping("/governance")
    String schedule(
            @RequestParam(required = false) @Nullable String asOf,
            @ModelAttribute("filter") DayFilter filter,
            BindingResult result,
            Model model) {
        var day = filter.read(result, "asOf", asOf, pages.today());
        var schedule = boards.schedule(day);
        model.addAttribute("asOf", day);
        model.addAttribute("boards", schedule);
        model.addAttribute(
                "overdue", schedule.stream().filter(Boards.Board::overdue).count());
        model.addAttribute("writer", pages.writer());
        return "governance/schedule";
    }

    @GetMapping("/governance/boards.csv")
    ResponseEntity<byte[]> scheduleCsv(@RequestParam(required = false) @Nullable String asOf) {
        var day = FormValues.date(asOf, pages.today());
        var rows = boards.schedule(day).stream()
                .map(b -> List.<Object>of(
                        b.name(),
                        b.areaOfFocus() == null ? "" : b.areaOfFocus(),
                        b.frequency().name(),
                        b.lastUpdateOn(),
                        b.nextUpdateDue(),
                        b.overdue()))
                .toList();
        return CsvDownload.of(
                "boards-" + day + ".csv",
                List.of("name", "area_of_focus", "frequency", "last_update_on", "next_update_due", "overdue"),
                rows);
    }

    @GetMapping("/governance/boards/new")
    String newBoard(Model model) {
        model.addAttribute("form", new BoardForm());
        return boardPage(model);
    }

    @PostMapping("/governance/boards")
    String addBoard(
            @Valid @ModelAttribute("form") BoardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var last = FormErrors.day(result, "lastUpdateOn", form.lastUpdateOn(), "governance.board.lastUpdateOn");
        if (FormErrors.attempt(
                result,
                () -> boards.create(
                        FormValues.text(form.getName()),
                        FormValues.text(form.getAreaOfFocus()),
                        form.getFrequency(),
                        requireNonNull(last)))) {
            redirect.addFlashAttribute("success", "governance.board.added");
            return "redirect:/governance";
        }
        return boardPage(model);
    }

    private String boardPage(Model model) {
        model.addAttribute("adding", true);
        return pages.question(model, "governance.board.add", null, null, "/governance", "/governance/boards", "board");
    }

    @GetMapping("/governance/boards/{id}")
    String board(@PathVariable UUID id, Model model) {
        model.addAttribute("log", boards.log(id, pages.today()));
        model.addAttribute("changes", boards.history(id));
        model.addAttribute("writer", pages.writer());
        return "governance/board";
    }

    @GetMapping("/governance/boards/{id}/change")
    String changeBoardPage(@PathVariable UUID id, Model model) {
        var log = boards.log(id, pages.today());
        var form = new BoardForm();
        form.setName(log.board().name());
        form.setAreaOfFocus(log.board().areaOfFocus());
        form.setFrequency(log.board().frequency());
        form.setVersion(log.version());
        model.addAttribute("form", form);
        return changeBoard(id, log.board().name(), model);
    }

    @PostMapping("/governance/boards/{id}")
    String updateBoard(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") BoardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> boards.update(
                        id,
                        version(form.getVersion()),
                        FormValues.text(form.getName()),
                        FormValues.text(form.getAreaOfFocus()),
                        form.getFrequency()))) {
            redirect.addFlashAttribute("success", "governance.board.changed");
            return "redirect:/governance/boards/" + id;
        }
        return changeBoard(id, boards.log(id, pages.today()).board().name(), model);
    }

    private String changeBoard(UUID id, String name, Model model) {
        model.addAttribute("adding", false);
        return pages.question(
                model,
                "governance.board.change",
                null,
                name,
                "/governance/boards/" + id,
                "/governance/boards/" + id,
                "board");
    }

    @GetMapping("/governance/boards/{id}/updates/new")
    String newUpdate(@PathVariable UUID id, Model model) {
        var form = new BoardUpdateForm();
        form.givenOn(pages.today());
        model.addAttribute("form", form);
        return updatePage(id, model);
    }

    @PostMapping("/governance/boards/{id}/updates")
    String recordUpdate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") BoardUpdateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var on = FormErrors.day(result, "givenOn", form.givenOn(), "governance.update.givenOn");
        if (FormErrors.attempt(
                result,
                () -> boards.recordUpdate(
                        id,
                        requireNonNull(on),
                        FormValues.text(form.getPaper()),
                        FormValues.text(form.getOutcome())))) {
            redirect.addFlashAttribute("success", "governance.update.recorded");
            return "redirect:/governance/boards/" + id;
        }
        return updatePage(id, model);
    }

    private String updatePage(UUID id, Model model) {
        var name = boards.log(id, pages.today()).board().name();
        return pages.question(
                model,
                "governance.update.record",
                null,
                name,
                "/governance/boards/" + id,
                "/governance/boards/" + id + "/updates",
                "update");
    }

    /** The version a change was made from; a form sent without one is taken as made from the first. */
    static int version(@Nullable Integer version) {
        return version == null ? 0 : version;
    }
}
