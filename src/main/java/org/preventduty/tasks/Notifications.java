package org.preventduty.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.ServiceAddress;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.Paged;
import org.preventduty.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what needs them: a notice in the product (counted in the header, listed and marked read) and, unless the
 * person turned it off for that kind, an email. Neither holds personal data: the kind of notice and a link to the page,
 * which the reader signs in to see. The same notice (by its key) is given to a person once. The notices are written in
 * the caller's transaction and the emails sent once it commits, so that nothing is announced that did not happen.
 */
@Service
public class Notifications {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Notifications.class);

    /**
     * A notice as its reader's list shows it.
     *
     * @param link the page to act on.
     */
    public record Item(UUID id, Notice kind, String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Mail mail;
    private final ServiceAddress address;
    private final MessageSource messages;
    private final CurrentActor actors;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate separately;

    Notifications(
            JdbcClient jdbc,
            UserDirectory users,
            Mail mail,
            ServiceAddress address,
            MessageSource messages,
            CurrentActor actors,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.address = address;
        this.messages = messages;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Tells the council's active users with the role from work no one signed in does (a listener after a commit, a
     * scheduled job), in a transaction of its own that sees the council's rows.
     */
    public int toRoleAsSystem(TenantId tenant, Role role, Notice kind, String link, String key) {
        Integer told = org.preventduty.identity.TenantScope.asSystem(
                () -> separately.execute(status -> toRole(tenant, role, kind, link, key)));
        return told == null ? 0 : told;
    }

    /** Tells the council's active users with the role. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int toRole(TenantId tenant, Role role, Notice kind, String link, String key) {
        var ids = users.withRole(tenant, role).stream()
                .map(UserDirectory.Colleague::id)
                .toList();
        return toUsers(tenant, ids, kind, link, key);
    }

    /**
     * Tells these users of the council (the inactive are left out), each once for the key; answers how many were told
     * now.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int toUsers(TenantId tenant, Collection<UUID> userIds, Notice kind, String link, String key) {
        var emails = users.activeEmails(tenant, new HashSet<>(userIds));
        if (emails.isEmpty()) {
            return 0;
        }
        var already = new HashSet<UUID>(
                jdbc.sql("select user_id from notification where dedupe_key = :key" + " and user_id in (:users)")
                        .param("key", key)
                        .param("users", List.copyOf(emails.keySet()))
                        .query(UUID.class)
                        .list());
        var optedOut = new HashSet<UUID>(jdbc.sql("select user_id from notification_setting where kind = :kind"
                        + " and by_email = false and user_id in (:users)")
                .param("kind", kind.name())
                .param("users", List.copyOf(emails.keySet()))
                .query(UUID.class)
                .list());
        var now = Timestamp.from(clock.instant());
        var toEmail = new ArrayList<String>();
        var told = 0;
        for (var entry : emails.entrySet()) {
            if (already.contains(entry.getKey())) {
                continue;
            }
            var byEmail = !optedOut.contains(entry.getKey());
            jdbc.sql("insert into notification (id, tenant_id, user_id, kind, link, dedupe_key, created_at, read_at,"
                            + " emailed) values (?, ?, ?, ?, ?, ?, ?, null, ?)")
                    .params(
                            UUID.randomUUID(),
                            tenant.value(),
                            entry.getKey(),
                            kind.name(),
                            link,
                            key,
                            now,
                            byEmail && mail.available())
                    .update();
            told++;
            if (byEmail) {
                toEmail.add(entry.getValue());
            }
        }
        if (!toEmail.isEmpty()) {
            var subject = messages.getMessage("notice." + kind + ".subject", null, Locale.UK);
            var body = messages.getMessage("notice." + kind + ".body", new Object[] {address.of(link)}, Locale.UK);
            afterCommit(() -> {
                try {
                    mail.send(toEmail, subject, body);
                } catch (RuntimeException | LinkageError e) {
                    // What was recorded stands and the notices are in the product; an email that fails is logged.
                    LOG.warn("Notices could not be emailed: {}", e.getClass().getSimpleName());
                }
            });
        }
        return told;
    }

    private static void afterCommit(Runnable send) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }

    /** How many notices the signed-in user has not read. */
    @Transactional(readOnly = true)
    public long unread() {
        var actor = actors.require();
        if (actor.tenantId() == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification where tenant_id = ? and user_id = ? and read_at is null")
                .params(actor.tenantId().value(), actor.id())
                .query(Long.class)
                .single();
    }

    /** The signed-in user's notices, newest first. */
    @Transactional(readOnly = true)
    Paged<Item> mine(int page, int size) {
        Paged.check(page, size);
        var actor = actors.require();
        if (actor.tenantId() == null) {
            return new Paged<>(List.of(), page, size, 0);
        }
        var tenant = actor.tenantId().value();
        var total = jdbc.sql("select count(*) from notification where tenant_id = ? and user_id = ?")
                .params(tenant, actor.id())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select id, kind, link, created_at, read_at from notification where tenant_id = ?"
                        + " and user_id = ? order by created_at desc, id limit ? offset ?")
                .params(tenant, actor.id(), size, Paged.offset(page, size))
                .query((rs, n) -> new Item(
                        rs.getObject(1, UUID.class),
                        Notice.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) != null))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** Marks one of the signed-in user's notices read; answers its link, or null when it is not theirs. */
    @Transactional
    @org.jspecify.annotations.Nullable
    String open(UUID id) {
        var actor = actors.require();
        if (actor.tenantId() == null) {
            return null;
        }
        var tenant = actor.tenantId().value();
        var link = jdbc.sql("select link from notification where tenant_id = ? and user_id = ? and id = ?")
                .params(tenant, actor.id(), id)
                .query(String.class)
                .optional();
        link.ifPresent(found -> jdbc.sql("update notification set read_at = ? where tenant_id = ? and user_id = ?"
                        + " and id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), tenant, actor.id(), id)
                .update());
        return link.orElse(null);
    }

    /** Marks every notice of the signed-in user read. */
    @Transactional
    int readAll() {
        var actor = actors.require();
        if (actor.tenantId() == null) {
            return 0;
        }
        return jdbc.sql("update notification set read_at = ? where tenant_id = ? and user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), actor.requireTenant().value(), actor.id())
                .update();
    }

    /** Which notices the signed-in user has by email. */
    @Transactional(readOnly = true)
    Map<Notice, Boolean> emailSettings() {
        var actor = actors.require();
        var settings = new EnumMap<Notice, Boolean>(Notice.class);
        for (var kind : Notice.values()) {
            settings.put(kind, true);
        }
        if (actor.tenantId() == null) {
            return settings;
        }
        jdbc.sql("select kind, by_email from notification_setting where tenant_id = ? and user_id = ?")
                .params(actor.requireTenant().value(), actor.id())
                .query((rs, n) -> settings.put(Notice.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list();
        return settings;
    }

    /** Sets which notices the signed-in user has by email: those given, and no others. */
    @Transactional
    void emailOnly(Set<Notice> byEmail) {
        var actor = actors.require();
        if (actor.tenantId() == null) {
            return;
        }
        var tenant = actor.tenantId().value();
        jdbc.sql("delete from notification_setting where tenant_id = ? and user_id = ?")
                .params(tenant, actor.id())
                .update();
        for (var kind : Notice.values()) {
            jdbc.sql("insert into notification_setting (user_id, tenant_id, kind, by_email) values (?, ?, ?, ?)")
                    .params(actor.id(), tenant, kind.name(), byEmail.contains(kind))
                    .update();
        }
    }
}
