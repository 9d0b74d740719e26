package org.preventduty.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something due, derived from the records of a module.
 *
 * @param type what kind of work, such as {@code POST_EXIT_REVIEW}.
 * @param dueOn the day it is due.
 * @param title what to do: the key of a message in the bundles (or, until every module's are, a sentence).
 * @param reference the reference of the record it is about, such as a case reference.
 * @param link the page where it is done.
 * @param caseId the Channel case it belongs to, if any.
 * @param titleArguments the values the title's message takes, when the title is a message key.
 */
public record Task(
        String type,
        LocalDate dueOn,
        String title,
        String reference,
        String link,
        @Nullable UUID caseId,
        List<String> titleArguments) {

    public Task {
        titleArguments = List.copyOf(titleArguments);
    }

    /** A task whose title takes no values. */
    public Task(String type, LocalDate dueOn, String title, String reference, String link, @Nullable UUID caseId) {
        this(type, dueOn, title, reference, link, caseId, List.of());
    }
}
