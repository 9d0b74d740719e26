package org.preventduty.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A question partners are asked in the consultation. */
final class QuestionForm {
    @NotBlank(message = "{risk.question.text}")
    @Size(max = 1000, message = "{risk.question.text}")
    private @Nullable String text;

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }
}
