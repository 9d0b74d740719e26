package org.preventduty.shared;

import java.util.UUID;

/**
 * Identifies a person across modules; other modules hold it instead of a reference to the person itself.
 *
 * @param value must not be {@literal null}.
 */
public record PersonId(UUID value) {

    public PersonId {
        if (value == null) {
            throw new IllegalArgumentException("PersonId value must not be null");
        }
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
