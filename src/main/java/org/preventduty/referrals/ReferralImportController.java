package org.preventduty.referrals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.Spreadsheets;
import org.preventduty.shared.web.CsvDownload;
import org.preventduty.shared.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Prevent lead's pages for bringing in historic referrals: the upload with its template and allowed values, a
 * preview of every line (new, matched to a person already held, already imported, or refused with every reason), and
 * the import of the good lines once confirmed.
 */
@Controller
class ReferralImportController {

    /** Lines shown on a page of the preview. */
    static final int PREVIEW_PAGE = 100;

    private final ReferralImports imports;
    private final CodeLists codes;

    ReferralImportController(ReferralImports imports, CodeLists codes) {
        this.imports = imports;
        this.codes = codes;
    }

    @GetMapping("/triage/imports/new")
    String newImport(Model model) {
        model.addAttribute("form", new HistoricImportForm());
        return uploadPage(model);
    }

    @PostMapping("/triage/imports")
    String upload(
            @ModelAttribute("form") HistoricImportForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "referral.import.noFile");
            return uploadPage(model);
        }
        var bytes = file.getBytes();
        String content;
        try {
            content = Spreadsheets.csvText(bytes);
        } catch (InvalidInputException e) {
            result.rejectValue("file", "referral.import.unreadable");
            return uploadPage(model);
        }
        return "redirect:/triage/imports/" + imports.keep(file.getOriginalFilename(), content);
    }

    @GetMapping("/triage/imports/template.csv")
    ResponseEntity<byte[]> template() {
        return CsvDownload.of(
                "historic-referrals.csv",
                ReferralImports.HEADER,
                List.of(List.of(
                        "OLD-2019-0001",
                        "2019-05-14",
                        "Alex",
                        "Example",
                        "2004-09-30",
                        "MALE",
                        "N1 1AA",
                        "EDUCATION",
                        "ISLAMIST",
                        "What was seen or heard, as the referral said.",
                        "ACCEPTED_FOR_CHANNEL",
                        "2019-05-21",
                        "2019-06-11",
                        "true")));
    }

    @GetMapping("/triage/imports/{id}")
    String preview(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        var kept = imports.kept(id).orElseThrow(() -> new NotFoundException("Import"));
        model.addAttribute("id", id);
        model.addAttribute("fileName", kept.fileName());
        try {
            var result = imports.importReferrals(new StringReader(kept.content()), true);
            var lines = Paged.slice(result.lines(), Math.max(page, 0), PREVIEW_PAGE);
            model.addAttribute("result", result);
            model.addAttribute("lines", lines);
            model.addAttribute(
                    "pagination", Pagination.of(lines, UriComponentsBuilder.fromPath("/triage/imports/" + id)));
        } catch (InvalidInputException e) {
            model.addAttribute("fileProblem", e.problems().get(0).message());
        }
        return "triage/import-preview";
    }

    @PostMapping("/triage/imports/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        var result = imports.apply(id);
        redirect.addFlashAttribute("success", "referral.import.done");
        redirect.addFlashAttribute(
                "successName",
                result.created() + " / " + result.unchanged() + " / "
                        + result.rejected().size());
        return "redirect:/triage";
    }

    private String uploadPage(Model model) {
        model.addAttribute("header", String.join(",", ReferralImports.HEADER));
        model.addAttribute("sectors", codes.currentCodes(CodeLists.SECTOR));
        model.addAttribute("concerns", codes.all(CodeLists.TYPE_OF_CONCERN));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("outcomes", ScreeningOutcome.values());
        return "triage/import";
    }
}
