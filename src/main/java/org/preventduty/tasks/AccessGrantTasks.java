package org.preventduty.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CaseAccessGranted;
import org.preventduty.identity.CaseAccessGrants;
import org.preventduty.identity.Role;
import org.preventduty.identity.ServiceAddress;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A role that reads case content given to someone is the council's Prevent leads' to see: each is emailed at once (a
 * link, never a name) and the grant is a task of theirs until one of them acknowledges it.
 */
@Component
class AccessGrantTasks implements TaskSource {

    static final String TYPE = "ACCESS_GRANT_REVIEW";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CaseAccessGrants grants;
    private final UserDirectory users;
    private final Mail mail;
    private final ServiceAddress address;
    private final MessageSource messages;

    private final TransactionTemplate separately;

    AccessGrantTasks(
            CaseAccessGrants grants,
            UserDirectory users,
            Mail mail,
            ServiceAddress address,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
        this.grants = grants;
        this.users = users;
        this.mail = mail;
        this.address = address;
        this.messages = messages;
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
        List<String> leads = TenantScope.asSystem(
                () -> separately.execute(status -> users.emailsWithRole(granted.tenantId(), Role.PREVENT_LEAD)));
        var locale = Locale.UK;
        mail.send(
                leads,
                messages.getMessage("notice.accessGrant.subject", null, locale),
                messages.getMessage(
                        "notice.accessGrant.body", new Object[] {address.of("/admin/access-grants")}, locale));
    }
}
