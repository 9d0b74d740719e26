package org.preventduty.channel;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** A case's documents: the list, the form that adds one, each download and removal. */
@Controller
class CaseDocumentsController {

    private final CaseDocuments documents;
    private final CaseQueries queries;
    private final ChannelTasks tasks;
    private final CurrentActor actors;

    CaseDocumentsController(CaseDocuments documents, CaseQueries queries, ChannelTasks tasks, CurrentActor actors) {
        this.documents = documents;
        this.queries = queries;
        this.tasks = tasks;
        this.actors = actors;
    }

    @GetMapping("/channel/cases/{id}/documents")
    String list(@PathVariable UUID id, Model model) {
        var form = new DocumentForm();
        form.receivedOn(queries.today());
        model.addAttribute("form", form);
        return page(id, model);
    }

    @PostMapping("/channel/cases/{id}/documents")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DocumentForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var day = FormErrors.day(result, "receivedOn", form.receivedOn(), "channel.document.receivedOn");
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "channel.document.file.blank");
        }
        if (FormErrors.made(
                        result,
                        () -> documents.add(
                                id,
                                new CaseDocuments.NewDocument(
                                        requireNonNull(file).getOriginalFilename(),
                                        bytes(file),
                                        requireNonNull(form.getMarking()),
                                        requireNonNull(form.getDescription()),
                                        requireNonNull(day))))
                .isPresent()) {
            redirect.addFlashAttribute("success", "channel.documentAdded");
            return "redirect:/channel/cases/" + id + "/documents";
        }
        return page(id, model);
    }

    @GetMapping("/channel/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        var found = documents.download(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(found.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(found.content());
    }

    @PostMapping("/channel/cases/{id}/documents/{documentId}/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID documentId,
            @ModelAttribute("confirm") ConfirmForm confirm,
            RedirectAttributes redirect) {
        documents.remove(id, documentId);
        redirect.addFlashAttribute("success", "channel.documentRemoved");
        return "redirect:/channel/cases/" + id + "/documents";
    }

    private String page(UUID id, Model model) {
        var c = queries.view(id);
        model.addAttribute("c", c);
        model.addAttribute("today", queries.today());
        model.addAttribute("caseTasks", tasks.onCase(actors.require(), c));
        model.addAttribute("documents", documents.list(id));
        model.addAttribute("markings", CaseDocuments.Marking.values());
        return "channel/documents";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
