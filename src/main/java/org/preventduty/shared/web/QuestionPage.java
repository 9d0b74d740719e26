package org.preventduty.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * A question page: one form on a page of its own, as GOV.UK asks, shown by the one template {@code question.html}
 * with the error summary at the top and the form's fields from a module's fragment.
 *
 * @param heading the message key of the page's heading and title.
 * @param headingArg the argument of the heading's message, or {@literal null} when it has none.
 * @param caption the record the question is about, shown above the heading, or {@literal null}.
 * @param back where the back link leads.
 * @param action where the form posts.
 * @param fields the fragment with the form's fields and button, such as {@code risk/forms :: risk}; the form object is
 *     the model's {@code form}.
 */
public record QuestionPage(
        String heading,
        @Nullable Object headingArg,
        @Nullable String caption,
        String back,
        String action,
        String fields) {

    /** The view that shows the page, after putting it in the model. */
    public String show(Model model) {
        model.addAttribute("question", this);
        return "question";
    }
}
