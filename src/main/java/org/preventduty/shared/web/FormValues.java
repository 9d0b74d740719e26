package org.preventduty.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Values of submitted form fields, read leniently: an empty or unreadable field is null, so that the service that
 * receives it reports it as missing or invalid with its own message.
 */
public final class FormValues {

    private FormValues() {}

    /** The text of the field without the spaces around it, or null when it is empty or only spaces. */
    public static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The constant of an enum the field names, or null. */
    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The day the field gives as 2020-12-31, or null. */
    public static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day the field gives, or another when it gives none. */
    public static LocalDate date(@Nullable String value, LocalDate otherwise) {
        var day = date(value);
        return day == null ? otherwise : day;
    }

    /** The whole number the field gives, or null. */
    public static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The id the field gives, or null. */
    public static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
