package org.preventduty.audit;

import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.ChainVerification.BrokenLink;
import org.preventduty.audit.ChainVerification.ChainHead;
import org.preventduty.audit.ChainVerification.Problem;
import org.springframework.stereotype.Component;

/** Walks chains row by row, recomputing each hash, and reports the first link that does not hold. */
@Component
class AuditVerifier {

    private final AuditLog log;
    private final AuditSettings settings;

    AuditVerifier(AuditLog log, AuditSettings settings) {
        this.log = log;
        this.settings = settings;
    }

    /** Verifies one chain, or all when {@code onlyChain} is {@literal null}. Must run in a transaction. */
    ChainVerification verify(@Nullable String onlyChain) {
        var heads = log.heads(onlyChain);
        long rows = 0;
        BrokenLink broken = null;
        var anchors = new ArrayList<ChainHead>();
        for (var head : heads) {
            anchors.add(new ChainHead(head.chain(), head.lastSeq(), head.lastHash()));
            if (broken != null) {
                continue;
            }
            // A chain whose oldest rows have passed their retention period is verified from where it was cut.
            var cut = log.lastCut(head.chain());
            long after = cut == null ? 0 : cut.upToSeq();
            long expectedSeq = after + 1;
            var previous = cut == null ? AuditEntry.GENESIS : cut.upToHash();
            walk:
            while (true) {
                var batch = log.chainAfter(head.chain(), after, settings.verificationBatch());
                if (batch.isEmpty()) {
                    break;
                }
                for (var entry : batch) {
                    rows++;
                    if (entry.seq() != expectedSeq) {
                        broken = new BrokenLink(head.chain(), expectedSeq, null, Problem.ROW_MISSING);
                        break walk;
                    }
                    if (!entry.prevHash().equals(previous)) {
                        broken = new BrokenLink(head.chain(), entry.seq(), entry.id(), Problem.LINK_BROKEN);
                        break walk;
                    }
                    if (!entry.computeHash().equals(entry.hash())) {
                        broken = new BrokenLink(head.chain(), entry.seq(), entry.id(), Problem.ROW_CHANGED);
                        break walk;
                    }
                    previous = entry.hash();
                    expectedSeq++;
                    after = entry.seq();
                }
            }
            if (broken == null && (expectedSeq - 1 != head.lastSeq() || !previous.equals(head.lastHash()))) {
                broken = new BrokenLink(head.chain(), expectedSeq, null, Problem.END_MISSING);
            }
        }
        return new ChainVerification(broken == null, heads.size(), rows, broken, anchors);
    }
}
