package org.preventduty.channel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException;

/**
 * What a search for cases asks: a date of birth when the words are a date (2012-03-04, 4/3/2012 or 4 3 2012), otherwise
 * words of a name and a reference.
 *
 * @param words the words as typed, for a name.
 * @param reference the words as a reference, in capitals.
 * @param day the date of birth, when the words are a date.
 */
record CaseSearch(String words, String reference, @Nullable LocalDate day) {

    /** The shortest search: one character finds too much to be of use. */
    static final int MIN = 2;

    /** The longest search. */
    static final int MAX = 100;

    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d M uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /**
     * The search typed, or {@literal null} when nothing was.
     *
     * @throws InvalidInputException naming {@code q} when it is too short or too long.
     */
    static @Nullable CaseSearch of(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        var words = q.strip().replaceAll("\\s+", " ");
        if (words.length() < MIN) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(
                    "q", "search.tooShort", "Search with at least " + MIN + " characters.")));
        }
        if (words.length() > MAX) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem(
                    "q", "search.tooLong", "Search with " + MAX + " characters or fewer.")));
        }
        return new CaseSearch(words, words.toUpperCase(Locale.ROOT), day(words));
    }

    private static @Nullable LocalDate day(String words) {
        for (var format : DAYS) {
            try {
                return LocalDate.parse(words, format);
            } catch (DateTimeParseException e) {
                // not this form of date
            }
        }
        return null;
    }
}
