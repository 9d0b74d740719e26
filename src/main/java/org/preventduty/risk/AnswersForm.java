package org.preventduty.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A partner's answers to the consultation's questions, by question: {@code answers[<question id>]}. */
final class AnswersForm {

    private Map<String, String> answers = new LinkedHashMap<>();

    /** The answers by question; a key that is not a question's id is left out. */
    Map<UUID, String> byQuestion() {
        var byQuestion = new LinkedHashMap<UUID, String>();
        answers.forEach((key, text) -> {
            try {
                byQuestion.put(UUID.fromString(key), text);
            } catch (IllegalArgumentException e) {
                // Not a question of this consultation: nothing to keep.
            }
        });
        return byQuestion;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }
}
