package org.preventduty.shared;

import java.util.List;

/**
 * Thrown when input breaks the rules of its fields (a code not in its list, a date in the future). Pages show each
 * problem beside its field; the API answers 400 with the list.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * One problem.
     *
     * @param field the field, as the API names it.
     * @param code a message key for pages.
     * @param message a sentence for the API.
     */
    public record Problem(String field, String code, String message) {}

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
