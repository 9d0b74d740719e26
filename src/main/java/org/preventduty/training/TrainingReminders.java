package org.preventduty.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantScope;
import org.preventduty.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails reminding staff, and their managers, that their training is due now or expires soon. Off unless switched on
 * and an SMTP server is set. Each reminder sent is recorded, so that nobody is told twice about the same expiry, and
 * about training due now at most once a month.
 */
@Service
class TrainingReminders {

    /** Why someone is reminded. */
    enum Reason {
        /** They hold no valid training of their tier. */
        DUE,
        /** Their training expires within the warning period. */
        EXPIRING
    }

    /** What a round of reminders did. */
    record Result(int sent, int withoutEmail, int failed) {}

    /** A reminder that was sent. */
    record Sent(String staffId, String name, String reason, LocalDate dueOn, String sentTo, Instant sentAt) {}

    private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final TrainingRecords records;
    private final TrainingSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;

    TrainingReminders(
            JdbcClient jdbc,
            TrainingRecords records,
            TrainingSettings settings,
            ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transactions,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.records = records;
        this.settings = settings;
        this.mail = mail;
        this.transactions = transactions;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether reminders can be sent: switched on, with an SMTP server. */
    boolean enabled() {
        return settings.reminders().enabled() && mail.getIfAvailable() != null;
    }

    /** Sends the reminders due in every council; run each morning. */
    @Scheduled(cron = "${service.training.reminders.cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "training-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void sendEverywhere() {
        if (!enabled()) {
            return;
        }
        var today = LocalDate.now(clock.withZone(LONDON));
        var tenants = TenantScope.asSystem(
                () -> transactions.execute(status -> jdbc.sql("select distinct tenant_id from training_staff")
                        .query(UUID.class)
                        .list()));
        for (var tenant : tenants == null ? List.<UUID>of() : tenants) {
            var result = TenantScope.asSystem(() -> send(tenant, today));
            TenantScope.asSystem(() -> transactions.executeWithoutResult(
                    status -> audit.recordAs(Actor.SYSTEM, new TenantId(tenant), record(result))));
        }
    }

    /** Sends the current council's reminders now, for a training administrator. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    Result sendNow() {
        if (!enabled()) {
            return new Result(0, 0, 0);
        }
        var result = send(actors.requireTenant().value(), LocalDate.now(clock.withZone(LONDON)));
        transactions.executeWithoutResult(status -> audit.record(record(result)));
        return result;
    }

    /** The reminders sent in the current council, newest first. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    List<Sent> sent(int limit) {
        return transactions.execute(status -> jdbc.sql("select s.staff_id, s.name, r.reason, r.due_on, r.sent_to,"
                        + " r.sent_at from training_reminder r join training_staff s on s.id = r.staff_row_id"
                        + " and s.tenant_id = r.tenant_id where r.tenant_id = ? order by r.sent_at desc, s.staff_id"
                        + " limit ?")
                .params(actors.requireTenant().value(), limit)
                .query((rs, n) -> new Sent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list());
    }

    private static AuditRecord record(Result result) {
        return AuditRecord.of("TRAINING_REMINDERS_SENT", "TRAINING_REMINDER", "round")
                .withDetail(result.sent() + " sent, " + result.withoutEmail() + " without email, " + result.failed()
                        + " failed");
    }

    private record Due(TrainingRecords.Listed staff, Reason reason, LocalDate dueOn) {}

    /** Sends one council's reminders for a day; each is recorded in its own transaction once the server took it. */
    Result send(UUID tenant, LocalDate today) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return new Result(0, 0, 0);
        }
        var due = new ArrayList<Due>();
        var emails = new HashMap<String, String>();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select staff_id, email from training_staff where tenant_id = ? and email is not null"
                            + " and end_date is null")
                    .param(tenant)
                    .query((rs, n) -> emails.put(rs.getString(1), rs.getString(2)))
                    .list();
            var already = new java.util.HashSet<String>();
            jdbc.sql("select staff_row_id, reason, due_on from training_reminder where tenant_id = ? and due_on >= ?")
                    .params(tenant, today.withDayOfMonth(1))
                    .query((rs, n) -> already.add(rs.getObject(1, UUID.class) + "|" + rs.getString(2) + "|"
                            + rs.getObject(3, LocalDate.class)))
                    .list();
            for (var staff : records.inPost(tenant, today)) {
                Due reminder = null;
                if (staff.needsTrainingOn(today)) {
                    reminder = new Due(staff, Reason.DUE, today.withDayOfMonth(1));
                } else if (!staff.expiresOn().isAfter(today.plusDays(settings.expiringDays()))) {
                    reminder = new Due(staff, Reason.EXPIRING, staff.expiresOn());
                }
                if (reminder != null
                        && !already.contains(staff.id() + "|" + reminder.reason() + "|" + reminder.dueOn())) {
                    due.add(reminder);
                }
            }
        });
        var sent = 0;
        var withoutEmail = 0;
        var failed = 0;
        for (var reminder : due) {
            var staff = reminder.staff();
            if (staff.email() == null) {
                withoutEmail++;
                continue;
            }
            var manager = staff.managerStaffId() == null ? null : emails.get(staff.managerStaffId());
            var message = message(staff, reminder, manager);
            try {
                sender.send(message);
            } catch (MailException e) {
                failed++;
                log.warn("A training reminder could not be sent: {}", e.getMessage());
                continue;
            }
            var to = staff.email() + (manager == null ? "" : ", " + manager);
            transactions.executeWithoutResult(status -> jdbc.sql("insert into training_reminder (id, tenant_id,"
                            + " staff_row_id, reason, due_on, sent_to, sent_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            tenant,
                            staff.id(),
                            reminder.reason().name(),
                            reminder.dueOn(),
                            to.length() > 600 ? to.substring(0, 600) : to,
                            Timestamp.from(clock.instant()))
                    .update());
            sent++;
        }
        return new Result(sent, withoutEmail, failed);
    }

    private SimpleMailMessage message(TrainingRecords.Listed staff, Due reminder, @Nullable String manager) {
        var message = new SimpleMailMessage();
        message.setFrom(settings.reminders().from());
        message.setTo(staff.email());
        if (manager != null) {
            message.setCc(manager);
        }
        // Reminders are sent by the schedule, not in answer to a person: they are written in the service's language.
        var locale = Locale.UK;
        var tier = String.valueOf(staff.requiredTier());
        var day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (reminder.reason() == Reason.DUE) {
            message.setSubject(messages.getMessage("training.reminder.due.subject", new Object[] {tier}, locale));
            message.setText(messages.getMessage(
                    staff.lastCompletedOn() == null ? "training.reminder.due.never" : "training.reminder.due.lapsed",
                    new Object[] {
                        staff.name(), tier, staff.lastCompletedOn() == null ? "" : day.format(staff.lastCompletedOn())
                    },
                    locale));
        } else {
            var on = day.format(reminder.dueOn());
            message.setSubject(
                    messages.getMessage("training.reminder.expiring.subject", new Object[] {tier, on}, locale));
            message.setText(messages.getMessage(
                    "training.reminder.expiring.body", new Object[] {staff.name(), tier, on}, locale));
        }
        return message;
    }
}
