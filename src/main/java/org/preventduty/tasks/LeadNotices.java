package org.preventduty.tasks;

import java.util.List;
import java.util.Locale;
import org.preventduty.identity.Role;
import org.preventduty.identity.ServiceAddress;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails a council's Prevent leads a notice: a subject and a body from the bundles, with a link to the page to act on,
 * never a name. Call it after the change is committed (from an application module listener).
 */
@Service
public class LeadNotices {

    private final UserDirectory users;
    private final Mail mail;
    private final ServiceAddress address;
    private final MessageSource messages;
    private final TransactionTemplate separately;

    LeadNotices(
            UserDirectory users,
            Mail mail,
            ServiceAddress address,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.mail = mail;
        this.address = address;
        this.messages = messages;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    /** Sends the notice to each Prevent lead of the council; answers how many were sent. */
    public int send(TenantId tenant, String subjectKey, String bodyKey, String path) {
        List<String> leads = TenantScope.asSystem(
                () -> separately.execute(status -> users.emailsWithRole(tenant, Role.PREVENT_LEAD)));
        var locale = Locale.UK;
        return mail.send(
                leads,
                messages.getMessage(subjectKey, null, locale),
                messages.getMessage(bodyKey, new Object[] {address.of(path)}, locale));
    }
}
