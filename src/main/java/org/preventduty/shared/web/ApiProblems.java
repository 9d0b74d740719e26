package org.preventduty.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details every API error answers with. */
public final class ApiProblems {

    private ApiProblems() {}

    /**
     * A problem with the standard title of the status and the given detail.
     *
     * @param status must not be {@literal null}.
     * @param detail a sentence for the caller, never internal detail such as an exception message from a library.
     */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        var reason = HttpStatus.resolve(status.value());
        problem.setTitle(reason == null ? "Error" : reason.getReasonPhrase());
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static final java.util.regex.Pattern CODE_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*|No enum constant|Exception");

    /**
     * The detail, or a plain sentence instead when it names a class of the code (a library's message, which says
     * nothing to the caller and something to an attacker).
     */
    public static String safe(@org.jspecify.annotations.Nullable String detail, String otherwise) {
        return detail == null || detail.isBlank() || CODE_NAME.matcher(detail).find() ? otherwise : detail;
    }

    /** A 400 problem listing the fields that failed validation. */
    public static ProblemDetail invalid(List<FieldProblem> errors) {
        var problem = of(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", errors.stream().map(FieldProblem::asMap).toList());
        return problem;
    }

    /**
     * One invalid field of a request.
     *
     * @param field the JSON path of the field, such as {@code subject.dateOfBirth}.
     * @param message what is wrong with it.
     */
    public record FieldProblem(String field, String message) {

        Map<String, String> asMap() {
            return Map.of("field", field, "message", message);
        }
    }
}
