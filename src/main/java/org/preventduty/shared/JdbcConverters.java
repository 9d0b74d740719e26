package org.preventduty.shared;

import java.util.List;

/**
 * Contributes the converters a module needs to store its value types in Spring Data JDBC aggregates. Declare one as a
 * bean; the persistence configuration collects them all.
 */
public interface JdbcConverters {

    /** Converters annotated with {@code @ReadingConverter} or {@code @WritingConverter}. */
    List<?> converters();
}
