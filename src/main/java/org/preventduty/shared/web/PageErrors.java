package org.preventduty.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.thymeleaf.context.IContext;

/**
 * Tells the layout whether the page shows validation errors, so that its title starts with "Error: " as the GOV.UK
 * Design System asks. Used in templates as {@code @pageErrors.present(#ctx)}.
 */
@Component("pageErrors")
public class PageErrors {

    public boolean present(IContext context) {
        for (var name : context.getVariableNames()) {
            if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
                    && context.getVariable(name) instanceof BindingResult result
                    && result.hasErrors()) {
                return true;
            }
        }
        return false;
    }
}
