package org.preventduty.shared.web;

import java.util.ArrayList;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Small text helpers for templates, used as {@code ${text.join(', ', a, b)}}. A model attribute rather than a bean
 * reference, because pages pass such values into fragments, where bean references are not allowed.
 */
@ControllerAdvice
public class TextHelper {

    @ModelAttribute("text")
    TextHelper text() {
        return this;
    }

    /** The parts that are not blank, joined with the separator; empty when all are blank. */
    public String join(String separator, Object... parts) {
        var kept = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.toString().isBlank()) {
                kept.add(part.toString().strip());
            }
        }
        return String.join(separator, kept);
    }
}
