package org.preventduty.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A module's part in the retention schedule: the records it keeps that the schedule makes due by a day. Each module
 * with records the schedule covers declares one as a bean; the privacy module never reads another module's tables.
 */
public interface RetentionParticipant {

    /**
     * A record due for deletion.
     *
     * @param recordType its kind.
     * @param id the record.
     * @param reference what people call it (a reference, never a name).
     * @param dueOn the first day it may be deleted.
     * @param personId the person it is about, when there is one, so that a legal hold on them keeps it.
     */
    record Due(
            RecordType recordType,
            UUID id,
            String reference,
            LocalDate dueOn,
            @Nullable UUID personId) {}

    /** The records of a council due on or before {@code asOf}, under the years of each kind the council keeps. */
    List<Due> due(UUID tenant, Map<RecordType, Integer> keepYears, LocalDate asOf);

    /**
     * Deletes records this participant gave as due, and everything of them in its module, leaving nothing that points
     * at them; the anonymous rows behind the statistics stay, unlinked.
     */
    void delete(UUID tenant, List<Due> records);

    /** Whether the module still keeps anything about the person, so that the person is not deleted. */
    default boolean keeps(UUID tenant, UUID personId) {
        return false;
    }
}
