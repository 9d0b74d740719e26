package org.preventduty.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralViews.Due;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a referral: Prevent leads everything of their tenant, equality answers included; case workers
 * what they are assigned to; referrers the status of their own. Anything else answers as if it did not exist.
 */
@Component
class ReferralAccess {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** How much of a referral someone sees. */
    enum Level {
        /** Everything, the equality monitoring answers included. */
        LEAD,
        /** Everything but the equality monitoring answers. */
        ASSIGNED,
        /** The status and feedback of a referral they made, and the answers of their own draft. */
        OWN
    }

    private final Referrals referrals;
    private final ReferralRecords records;
    private final ReferralSettings settings;
    private final Clock clock;

    ReferralAccess(Referrals referrals, ReferralRecords records, ReferralSettings settings, Clock clock) {
        this.referrals = referrals;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    record Granted(Referral referral, Level level) {}

    /**
     * The referral with the level of access the actor has to it.
     *
     * @throws NotFoundException when the referral does not exist in the actor's tenant or the actor may not see it.
     */
    Granted load(UUID id, Actor actor) {
        var referral = referrals
                .findByIdAndTenantId(id, actor.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("Referral"));
        var level = levelOf(referral, actor);
        if (level == null) {
            throw new NotFoundException("Referral");
        }
        return new Granted(referral, level);
    }

    @Nullable
    Level levelOf(Referral referral, Actor actor) {
        if (referral.status() != ReferralStatus.DRAFT && actor.has(Role.PREVENT_LEAD)) {
            return Level.LEAD;
        }
        if (referral.status() != ReferralStatus.DRAFT
                && actor.has(Role.CASE_WORKER)
                && records.isAssigned(referral.tenantId(), referral.id(), actor.id())) {
            return Level.ASSIGNED;
        }
        if (referral.createdBy().equals(actor.id())
                && referral.status() != ReferralStatus.DISCARDED
                && actor.hasAny(Role.REFERRER, Role.PREVENT_LEAD)) {
            return Level.OWN;
        }
        return null;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    Due due(ReferralStatus status, @Nullable LocalDate dueOn) {
        if (!status.awaitsDecision() || dueOn == null) {
            return Due.NOT_APPLICABLE;
        }
        var today = today();
        if (today.isAfter(dueOn)) {
            return Due.OVERDUE;
        }
        return WorkingDays.between(today, dueOn) <= settings.dueSoonWorkingDays() ? Due.DUE_SOON : Due.ON_TIME;
    }
}
