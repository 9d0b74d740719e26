package org.preventduty.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Channel case: a person accepted for Channel, from the gathering of information to closure. Its status only moves
 * as {@link CaseStatus#canMoveTo} allows; everything else about it (decisions, consent, interventions, reviews) is kept
 * in its own records and the status follows from them.
 */
@Table("channel_case")
class ChannelCase {

    @Id
    private UUID id;

    private UUID tenantId;
    private String reference;
    private UUID personId;
    private CaseStatus status;
    private LocalDate openedOn;
    private Instant openedAt;
    private UUID openedBy;
    private @Nullable UUID previousCaseId;
    private @Nullable String supportPlan;
    private @Nullable String consentRequestHow;
    private @Nullable String consentRequestBy;
    private @Nullable LocalDate consentRequestOn;
    private @Nullable LocalDate reassessmentDueOn;
    private @Nullable LocalDate exitedOn;
    private @Nullable String closingSummary;
    private @Nullable LocalDate closedOn;
    private @Nullable UUID caseOfficerId;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private ChannelCase() {}

    static ChannelCase open(
            UUID id,
            UUID tenantId,
            String reference,
            UUID personId,
            @Nullable UUID previousCaseId,
            LocalDate on,
            Instant at,
            UUID by) {
        var opened = new ChannelCase();
        opened.id = id;
        opened.tenantId = tenantId;
        opened.reference = reference;
        opened.personId = personId;
        opened.previousCaseId = previousCaseId;
        opened.status = CaseStatus.INFORMATION_GATHERING;
        opened.openedOn = on;
        opened.openedAt = at;
        opened.openedBy = by;
        return opened;
    }

    /**
     * Moves the case on.
     *
     * @throws RuleViolationException when the case cannot move from where it stands to there.
     */
    CaseStatus moveTo(CaseStatus next) {
        if (!status.canMoveTo(next)) {
            throw RuleViolationException.rule(
                    "case.transition", "A case that is " + status + " cannot become " + next + ".");
        }
        var previous = status;
        status = next;
        return previous;
    }

    /** Writes the support plan, with how, when and by whom consent is to be asked for (s36(5)). */
    void plan(String support, String consentHow, String consentBy, LocalDate consentOn) {
        if (!status.adopted()) {
            throw RuleViolationException.rule("case.notAdopted", "Only an adopted case has a support plan.");
        }
        supportPlan = support;
        consentRequestHow = consentHow;
        consentRequestBy = consentBy;
        consentRequestOn = consentOn;
    }

    void reassessBy(@Nullable LocalDate day) {
        reassessmentDueOn = day;
    }

    void exit(LocalDate on, String summary) {
        if (on.isBefore(openedOn)) {
            throw RuleViolationException.rule("exit.beforeOpening", "A case cannot exit before it was opened.");
        }
        moveTo(CaseStatus.EXITED);
        exitedOn = on;
        closingSummary = summary;
        reassessmentDueOn = null;
    }

    void close(LocalDate on) {
        moveTo(CaseStatus.CLOSED);
        closedOn = on;
        reassessmentDueOn = null;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String reference() {
        return reference;
    }

    UUID personId() {
        return personId;
    }

    CaseStatus status() {
        return status;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    @Nullable
    UUID previousCaseId() {
        return previousCaseId;
    }

    @Nullable
    String supportPlan() {
        return supportPlan;
    }

    @Nullable
    String consentRequestHow() {
        return consentRequestHow;
    }

    @Nullable
    String consentRequestBy() {
        return consentRequestBy;
    }

    @Nullable
    LocalDate consentRequestOn() {
        return consentRequestOn;
    }

    @Nullable
    LocalDate reassessmentDueOn() {
        return reassessmentDueOn;
    }

    @Nullable
    LocalDate exitedOn() {
        return exitedOn;
    }

    /** The case officer, if one is named. */
    @Nullable
    UUID caseOfficerId() {
        return caseOfficerId;
    }

    /** Names the case officer; answers whether it changed. */
    boolean officer(@Nullable UUID userId) {
        if (java.util.Objects.equals(caseOfficerId, userId)) {
            return false;
        }
        caseOfficerId = userId;
        return true;
    }

    UUID openedBy() {
        return openedBy;
    }

    @Nullable
    String closingSummary() {
        return closingSummary;
    }

    @Nullable
    LocalDate closedOn() {
        return closedOn;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
