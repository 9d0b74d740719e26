package org.preventduty.channel;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a Channel case stands. A case only moves as {@link #canMoveTo} allows. */
public enum CaseStatus {
    /** Partners are asked for what they know; the case is not yet on a panel's agenda. */
    INFORMATION_GATHERING,
    /** On the agenda of a panel meeting. */
    AWAITING_PANEL,
    /** Discussed at a panel that has not yet decided. */
    DISCUSSED,
    /** The panel decided that Channel support is appropriate. */
    ADOPTED,
    /** The panel decided against Channel support; whether a referral to health or social care was considered is kept. */
    NOT_ADOPTED,
    /** Consent is being asked for, as the support plan says. */
    CONSENT_REQUESTED,
    CONSENT_GIVEN,
    /** Consent refused: a reassessment is due. */
    CONSENT_REFUSED,
    /** Consent withdrawn: support stops and a reassessment is due. */
    CONSENT_WITHDRAWN,
    /** Support is being delivered. */
    SUPPORT_ACTIVE,
    /** Left Channel with a closing report; the reviews 6 and 12 months later are due. */
    EXITED,
    /** Nothing more is due. */
    CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.ofEntries(
            Map.entry(INFORMATION_GATHERING, EnumSet.of(AWAITING_PANEL, CLOSED)),
            Map.entry(AWAITING_PANEL, EnumSet.of(DISCUSSED, ADOPTED, NOT_ADOPTED, INFORMATION_GATHERING)),
            Map.entry(DISCUSSED, EnumSet.of(ADOPTED, NOT_ADOPTED, AWAITING_PANEL)),
            Map.entry(ADOPTED, EnumSet.of(CONSENT_REQUESTED, CONSENT_GIVEN, CONSENT_REFUSED)),
            Map.entry(NOT_ADOPTED, EnumSet.of(CLOSED)),
            Map.entry(CONSENT_REQUESTED, EnumSet.of(CONSENT_GIVEN, CONSENT_REFUSED)),
            Map.entry(CONSENT_GIVEN, EnumSet.of(SUPPORT_ACTIVE, CONSENT_WITHDRAWN)),
            Map.entry(CONSENT_REFUSED, EnumSet.of(CONSENT_GIVEN, AWAITING_PANEL, CLOSED)),
            Map.entry(CONSENT_WITHDRAWN, EnumSet.of(CONSENT_GIVEN, AWAITING_PANEL, CLOSED)),
            Map.entry(SUPPORT_ACTIVE, EnumSet.of(CONSENT_WITHDRAWN, EXITED)),
            Map.entry(EXITED, EnumSet.of(CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(CaseStatus.class)));

    public boolean canMoveTo(CaseStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Whether the panel has adopted the case and it has not left Channel: only such a case takes consent. */
    public boolean adopted() {
        return switch (this) {
            case ADOPTED, CONSENT_REQUESTED, CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN, SUPPORT_ACTIVE -> true;
            default -> false;
        };
    }

    /** Whether a panel may still decide on the case. */
    public boolean awaitsDecision() {
        return this == AWAITING_PANEL || this == DISCUSSED;
    }

    /** Whether the support plan is written now: after the panel adopts the case and before consent is asked for. */
    public boolean takesSupportPlan() {
        return this == ADOPTED;
    }

    /** Whether support (interventions) may be added: only once consent has been given and not withdrawn. */
    public boolean takesSupport() {
        return ChannelRules.supportAllowed(this);
    }

    /** Whether the case may leave Channel with a closing report: only while support is being delivered. */
    public boolean mayExit() {
        return this == SUPPORT_ACTIVE;
    }

    /** Whether the case may be closed without exiting Channel: before a panel or after it decided against support. */
    public boolean mayClose() {
        return canMoveTo(CLOSED) && this != EXITED;
    }

    /** Whether partner agencies may still be asked for information: while the case is open and has not exited. */
    public boolean asksForInformation() {
        return open() && this != EXITED;
    }

    /** Whether the case is still open. */
    public boolean open() {
        return this != CLOSED;
    }
}
