package org.preventduty.shared.web;

import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a change a form asked for, left for the page the browser is sent to next: the success message when the
 * change was made, or the code of the first problem when the input was refused or the change broke a rule. Nothing else
 * is caught: anything else is a defect, for the error page.
 */
public final class FormOutcome {

    private FormOutcome() {}

    /** Makes the change and leaves its outcome as a flash attribute; answers whether it was made. */
    public static boolean flash(RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return false;
    }
}
