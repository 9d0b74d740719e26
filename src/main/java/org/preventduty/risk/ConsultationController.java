package org.preventduty.risk;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.preventduty.identity.ServiceAddress;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.FormValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultation of partners on an assessment: its questions and the links partners answer through, and the public
 * page where a partner answers without an account.
 */
@Controller
class ConsultationController {

    private final RiskAssessments assessments;
    private final Consultations consultations;
    private final RiskPages pages;
    private final RiskSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final ServiceAddress address;
    private final MessageSource messages;
    private final Clock clock;

    ConsultationController(
            RiskAssessments assessments,
            Consultations consultations,
            RiskPages pages,
            RiskSettings settings,
            ObjectProvider<JavaMailSender> mail,
            ServiceAddress address,
            MessageSource messages,
            Clock clock) {
        this.assessments = assessments;
        this.consultations = consultations;
        this.pages = pages;
        this.settings = settings;
        this.mail = mail;
        this.address = address;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/risk/assessments/{id}/consultation")
    String consultation(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    private String page(UUID id, Model model) {
        model.addAttribute("assessment", assessments.get(id));
        model.addAttribute("questions", consultations.questions(id));
        model.addAttribute("links", consultations.links(id));
        model.addAttribute("summary", consultations.summary(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("writer", pages.writer());
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new QuestionForm());
        }
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm());
        }
        return "risk/consultation";
    }

    @PostMapping("/risk/assessments/{id}/questions")
    String addQuestion(
            @PathVariable UUID id,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> consultations.addQuestion(id, FormValues.text(form.getText())))) {
            redirect.addFlashAttribute("success", "risk.question.added");
            return "redirect:/risk/assessments/" + id + "/consultation";
        }
        return page(id, model);
    }

    @PostMapping("/risk/assessments/{id}/links")
    String makeLink(
            @PathVariable UUID id,
            @Valid @ModelAttribute("linkForm") LinkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var email = FormValues.text(form.getEmail());
        var made = FormErrors.made(
                result, () -> consultations.makeLink(id, FormValues.text(form.getOrganisation()), email));
        if (made.isEmpty()) {
            return page(id, model);
        }
        var link = address.of("/consultation/" + made.get().token());
        redirect.addFlashAttribute("madeLink", link);
        redirect.addFlashAttribute("success", email == null ? "risk.link.made" : send(email, link));
        return "redirect:/risk/assessments/" + id + "/consultation";
    }

    /** Emails the link to the partner's contact when mail is set up; answers the message that says what happened. */
    private String send(String email, String link) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return "risk.link.made";
        }
        var locale = LocaleContextHolder.getLocale();
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(email);
        message.setSubject(messages.getMessage("risk.link.mail.subject", null, locale));
        message.setText(messages.getMessage("risk.link.mail.body", new Object[] {link}, locale));
        try {
            sender.send(message);
            return "risk.link.emailed";
        } catch (MailException e) {
            return "risk.link.notEmailed";
        }
    }

    @GetMapping("/consultation/{token}")
    String openLink(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("opened", consultations.open(token));
            model.addAttribute("token", token);
            model.addAttribute("form", new AnswersForm());
            return "risk/answer";
        } catch (Consultations.RefusedException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/consultation/{token}")
    String answer(
            @PathVariable String token,
            @ModelAttribute("form") AnswersForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        try {
            if (FormErrors.attempt(result, () -> consultations.answer(token, form.byQuestion()))) {
                return "risk/answered";
            }
            model.addAttribute("opened", consultations.open(token));
            model.addAttribute("token", token);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "risk/answer";
        } catch (Consultations.RefusedException e) {
            return refused(e, model, response);
        }
    }

    private static String refused(Consultations.RefusedException e, Model model, HttpServletResponse response) {
        model.addAttribute("refusal", e.refusal().name());
        response.setStatus(
                e.refusal() == Consultations.Refusal.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return "risk/refused";
    }
}
