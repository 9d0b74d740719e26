package org.preventduty.shared;

import java.util.UUID;

/**
 * Identifies a user across modules; other modules hold it instead of a reference to the user itself.
 *
 * @param value must not be {@literal null}.
 */
public record UserId(UUID value) {

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("UserId value must not be null");
        }
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
