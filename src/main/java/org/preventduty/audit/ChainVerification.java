package org.preventduty.audit;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit trail's chains.
 *
 * @param intact whether every link holds.
 * @param chainsChecked how many chains were walked.
 * @param rowsChecked how many rows were checked.
 * @param firstBrokenLink the first link that does not hold, {@literal null} when intact.
 * @param heads the last hash of each chain, to be kept outside the database as an anchor.
 */
public record ChainVerification(
        boolean intact,
        int chainsChecked,
        long rowsChecked,
        @Nullable BrokenLink firstBrokenLink,
        List<ChainHead> heads) {

    /**
     * A link that does not hold.
     *
     * @param chain the chain it is in.
     * @param seq the sequence number at which it breaks.
     * @param eventId the row found there, {@literal null} when a row is missing.
     * @param problem what is wrong.
     */
    public record BrokenLink(
            String chain, long seq, @Nullable UUID eventId, Problem problem) {}

    /**
     * The end of a chain.
     *
     * @param chain the chain.
     * @param lastSeq its last sequence number.
     * @param lastHash its last hash.
     */
    public record ChainHead(String chain, long lastSeq, String lastHash) {}

    /** What can be wrong with a link. */
    public enum Problem {
        /** The row's content does not match its hash: it was changed. */
        ROW_CHANGED,
        /** The row does not follow the one before: a row was removed, inserted or moved. */
        LINK_BROKEN,
        /** A row is missing from the sequence. */
        ROW_MISSING,
        /** The chain ends before its recorded head: rows were removed from its end. */
        END_MISSING
    }
}
