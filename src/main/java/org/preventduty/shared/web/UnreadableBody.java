package org.preventduty.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Says what is wrong with a JSON body that could not be read, without echoing internals. */
final class UnreadableBody {

    private UnreadableBody() {}

    static String describe(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause();
        var name = cause.getClass().getSimpleName();
        if (name.contains("InvalidFormat") || name.contains("MismatchedInput") || name.contains("InvalidType")) {
            var path = pathOf(cause);
            return path.isEmpty() ? "has a value of the wrong form" : path + " has a value of the wrong form";
        }
        if (name.contains("UnrecognizedProperty")) {
            var path = pathOf(cause);
            return path.isEmpty() ? "has an unknown field" : path + " is not a known field";
        }
        return "is missing or is not valid JSON";
    }

    private static String pathOf(Throwable cause) {
        if (cause instanceof tools.jackson.databind.DatabindException databind) {
            var sb = new StringBuilder();
            for (var reference : databind.getPath()) {
                if (reference.getPropertyName() != null) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    sb.append('[').append(reference.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        return "";
    }
}
