package org.preventduty.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CaseAccessGranted;
import org.preventduty.identity.CaseAccessGrants;
import org.preventduty.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A role that reads case content given to someone is the council's Prevent leads' to see: each is emailed at once (a
 * link, never a name) and the grant is a task of theirs until one of them acknowledges it.
 */
@Component
class AccessGrantTasks implements TaskSource {

    static final String TYPE = "ACCESS_GRANT_REVIEW";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CaseAccessGrants grants;
    private final LeadNotices notices;

    AccessGrantTasks(CaseAccessGrants grants, LeadNotices notices) {
        this.grants = grants;
        this.notices = notices;
    }

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (caseId != null || !actor.has(Role.PREVENT_LEAD) || actor.tenantId() == null) {
            return List.of();
        }
        return grants.awaitingAcknowledgement(actor.tenantId()).stream()
                .map(grant -> new Task(
                        TYPE,
                        LocalDate.ofInstant(grant.grantedAt(), LONDON),
                        "tasks.accessGrant",
                        grant.granteeName(),
                        "/admin/access-grants",
                        null))
                .toList();
    }

    /**
     * Emails the council's Prevent leads once the grant is made. It runs apart from the request that made the grant, so
     * it reads the leads in a transaction of its own that says which council it reads.
     */
    @ApplicationModuleListener
    void on(CaseAccessGranted granted) {
        notices.send(
                granted.tenantId(), "notice.accessGrant.subject", "notice.accessGrant.body", "/admin/access-grants");
    }
}
