package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to show in the triage queue.
 *
 * @param statuses the statuses shown; empty for those awaiting a decision.
 * @param sector only referrals from this sector.
 * @param typeOfConcern only referrals whose type of concern counts as this code of the current list.
 * @param receivedFrom only referrals received on or after this day.
 * @param receivedTo only referrals received on or before this day.
 * @param sort the order.
 */
public record QueueQuery(
        Set<ReferralStatus> statuses,
        @Nullable String sector,
        @Nullable String typeOfConcern,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        Sort sort) {

    public QueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.DUE : sort;
    }

    /**
     * Whatever the sort, a referral that reports immediate danger and still awaits a decision comes before every other.
     */
    static final String IMMEDIATE_DANGER_FIRST =
            "(case when r.immediate_risk = true and r.status in ('SUBMITTED', 'IN_SCREENING') then 0 else 1 end)";

    public static QueueQuery awaitingDecision() {
        return new QueueQuery(Set.of(), null, null, null, null, Sort.DUE);
    }

    /** The orders the queue can be sorted in. */
    public enum Sort {
        /** Soonest due first. */
        DUE("due_on asc, received_on asc, reference asc"),
        /** Newest first. */
        NEWEST("received_on desc, reference desc"),
        /** Oldest first. */
        OLDEST("received_on asc, reference asc"),
        /** By reference. */
        REFERENCE("reference asc");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String orderBy() {
            return orderBy;
        }

        /** The columns it orders by, the last unique within a council, so that a row's values mark its place. */
        List<String> columns() {
            return java.util.Arrays.stream(orderBy.split(", "))
                    .map(part -> part.split(" ")[0])
                    .toList();
        }

        /** Whether every column is in descending order (each sort orders all its columns one way). */
        boolean descending() {
            return orderBy.endsWith(" desc");
        }
    }
}
