package org.preventduty.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditOutcome;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralViews.Attachment;
import org.preventduty.referrals.ReferralViews.ForReferrer;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.WorkingDays;
import org.preventduty.tasks.Notice;
import org.preventduty.tasks.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making referrals: drafts saved page by page, attachments, submission (which makes the person, finds possible earlier
 * referrals of them and starts the screening clock), referrals made through the API in one go, and what referrers see
 * of their referrals afterwards.
 */
@Service
public class ReferralIntake {

    private final Referrals referrals;
    private final People people;
    private final ReferralRecords records;
    private final PersonMatching matching;
    private final Notifications notifications;
    private final StatisticRows statistics;
    private final Attachments attachments;
    private final ReferralAccess access;
    private final CodeLists codes;
    private final ReferrerSettings referrerSettings;
    private final ReferralSettings settings;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralIntake(
            Referrals referrals,
            People people,
            ReferralRecords records,
            PersonMatching matching,
            Notifications notifications,
            StatisticRows statistics,
            Attachments attachments,
            ReferralAccess access,
            CodeLists codes,
            ReferralSettings settings,
            ReferrerSettings referrerSettings,
            CurrentActor actors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.referrals = referrals;
        this.statistics = statistics;
        this.people = people;
        this.records = records;
        this.matching = matching;
        this.notifications = notifications;
        this.attachments = attachments;
        this.access = access;
        this.codes = codes;
        this.settings = settings;
        this.referrerSettings = referrerSettings;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A draft as its author sees it.
     *
     * @param id the referral.
     * @param version the version to send back with the next page.
     * @param answers the answers so far, equality answers included.
     * @param attachments the files attached.
     * @param missing what it still needs, as message keys.
     */
    public record Draft(UUID id, int version, Answers answers, List<Attachment> attachments, List<String> missing) {}

    /**
     * A referral just submitted.
     *
     * @param id the referral.
     * @param reference its reference.
     * @param status its status, SUBMITTED.
     * @param dueOn the day its screening is due.
     * @param possibleMatches people it may be about, with scores; only for a Prevent lead, and always empty for
     *     anyone else, who must not learn who is known to Prevent.
     */
    public record Submitted(
            UUID id, String reference, ReferralStatus status, LocalDate dueOn, List<PossibleMatch> possibleMatches) {}

    /**
     * A person a new referral may be about.
     *
     * @param personId the person.
     * @param score how alike, between 0 and 1, rounded to three places.
     * @param reasons message keys saying why.
     */
    public record PossibleMatch(UUID personId, double score, List<String> reasons) {}

    /** Starts a draft referral of the signed-in user. */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public UUID startDraft() {
        var actor = actors.require();
        var referral = referrals.save(Referral.draft(actor.requireTenant().value(), actor.id(), clock.instant()));
        records.history(referral.tenantId(), referral.id(), actor.id(), "DRAFT_STARTED", null);
        audit.record(AuditRecord.of("REFERRAL_DRAFT_STARTED", "REFERRAL", referral.id()));
        return referral.id();
    }

    /**
     * The author's own draft.
     *
     * @throws NotFoundException when there is no such draft of theirs.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public Draft draft(UUID id) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        audit.record(AuditRecord.of("REFERRAL_DRAFT_VIEWED", "REFERRAL", id));
        return draftOf(referral);
    }

    /**
     * Saves the answers of a draft, as each page of the form does.
     *
     * @param version the version the author last saw.
     * @param step the page saved, for the history.
     * @return the new version.
     * @throws OptimisticLockingFailureException when the draft changed since.
     * @throws InvalidInputException when an answer breaks the rules of its field.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public int saveDraft(UUID id, Answers answers, int version, String step) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        if (referral.version() != version) {
            throw new OptimisticLockingFailureException("The draft was changed in another window");
        }
        check(answers, access.today());
        referral.answer(answers, codes.currentVersion(CodeLists.TYPE_OF_CONCERN));
        var saved = referrals.save(referral);
        records.saveEquality(saved.tenantId(), id, answers.ethnicity(), answers.religion());
        records.history(saved.tenantId(), id, actor.id(), "DRAFT_SAVED", step);
        audit.record(AuditRecord.of("REFERRAL_DRAFT_SAVED", "REFERRAL", id).withDetail(step));
        return saved.version();
    }

    /**
     * Attaches a file to the author's draft.
     *
     * @throws RuleViolationException when the file is not an allowed type or the draft has too many.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public Attachment attach(UUID id, @Nullable String fileName, byte[] content) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        if (content.length == 0) {
            throw RuleViolationException.rule("attachment.empty", "The file is empty.");
        }
        if (content.length > settings.attachmentMaxSize().toBytes()) {
            throw RuleViolationException.rule(
                    "attachment.tooLarge",
                    "The file must be smaller than "
                            + settings.attachmentMaxSize().toMegabytes() + " MB.");
        }
        var stored = attachments.store(
                referral.tenantId(), id, fileName, content, actor.id(), settings.attachmentsPerReferral());
        records.history(referral.tenantId(), id, actor.id(), "ATTACHMENT_ADDED", stored.fileName());
        audit.record(AuditRecord.of("ATTACHMENT_ADDED", "REFERRAL", id)
                .withDetail(stored.id().toString()));
        return new Attachment(stored.id(), stored.fileName(), stored.mediaType(), stored.size(), stored.uploadedAt());
    }

    /** Removes a file from the author's draft. */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public void removeAttachment(UUID id, UUID attachmentId) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        if (!attachments.remove(referral.tenantId(), id, attachmentId, actor.id())) {
            throw new NotFoundException("Attachment");
        }
        records.history(referral.tenantId(), id, actor.id(), "ATTACHMENT_REMOVED", attachmentId.toString());
        audit.record(AuditRecord.of("ATTACHMENT_REMOVED", "REFERRAL", id).withDetail(attachmentId.toString()));
    }

    /**
     * Submits the author's draft.
     *
     * @throws RuleViolationException when it is not complete.
     * @throws OptimisticLockingFailureException when it changed since the author read it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public Submitted submit(UUID id, int version) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        if (referral.version() != version) {
            throw new OptimisticLockingFailureException("The draft was changed in another window");
        }
        return submit(referral, access.today(), actor);
    }

    /** Discards the author's draft; it is kept, marked discarded, and no longer shown. */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public void discard(UUID id) {
        var actor = actors.require();
        var referral = ownDraft(id, actor);
        referral.discard();
        referrals.save(referral);
        records.history(referral.tenantId(), id, actor.id(), "DISCARDED", null);
        audit.record(AuditRecord.of("REFERRAL_DISCARDED", "REFERRAL", id));
    }

    /**
     * Makes and submits a referral in one go, as a partner's system does through the API.
     *
     * @throws InvalidInputException when an answer breaks the rules of its field.
     * @throws RuleViolationException when the referral is not complete.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public Submitted create(Answers answers, LocalDate receivedOn) {
        var actor = actors.require();
        var today = access.today();
        var problems = problems(answers, today);
        if (receivedOn.isAfter(today)) {
            problems.add(new Problem("receivedOn", "referral.receivedOn.future", "must not be in the future"));
        }
        if (answers.dateOfBirth() != null && receivedOn.isBefore(answers.dateOfBirth())) {
            problems.add(new Problem(
                    "subject.dateOfBirth", "referral.dateOfBirth.afterReceived", "must not be after receivedOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var referral = Referral.draft(actor.requireTenant().value(), actor.id(), clock.instant());
        referral.answer(answers, codes.versionOn(CodeLists.TYPE_OF_CONCERN, receivedOn));
        var gaps = referral.missing();
        if (!gaps.isEmpty()) {
            throw RuleViolationException.rule("referral.incomplete", "The referral is not complete: " + gaps);
        }
        referral = referrals.save(referral);
        records.saveEquality(referral.tenantId(), referral.id(), answers.ethnicity(), answers.religion());
        records.history(
                referral.tenantId(),
                referral.id(),
                actor.id(),
                "CREATED",
                actor.kind().name());
        return submit(referral, receivedOn, actor);
    }

    /** The referrals the signed-in user made, newest first, as they may see them. */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public Paged<ForReferrer> mine(int page, int size) {
        Paged.check(page, size);
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var total = jdbc.sql(
                        "select count(*) from referral where tenant_id = ? and created_by = ? and status <> 'DISCARDED'")
                .params(tenant, actor.id())
                .query(Long.class)
                .single();
        var ids = jdbc.sql("select id from referral where tenant_id = ? and created_by = ? and status <> 'DISCARDED'"
                        + " order by created_at desc limit ? offset ?")
                .params(tenant, actor.id(), size, Paged.offset(page, size))
                .query(UUID.class)
                .list();
        var found = new java.util.HashMap<UUID, Referral>();
        referrals.findAllById(ids).forEach(referral -> found.put(referral.id(), referral));
        audit.record(
                new AuditRecord("OWN_REFERRALS_LISTED", AuditOutcome.SUCCESS, null, null, null, "count=" + ids.size()));
        var seesOutcome = referrerSettings.referrerSeesOutcome(tenant);
        return new Paged<>(
                ids.stream()
                        .map(found::get)
                        .map(referral -> forReferrer(referral, seesOutcome))
                        .toList(),
                page,
                size,
                total);
    }

    /**
     * A referral the signed-in user made, as they may see it.
     *
     * @throws NotFoundException when they did not make it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REFERRER', 'PREVENT_LEAD')")
    public ForReferrer mineOne(UUID id) {
        var actor = actors.require();
        var referral = referrals
                .findByIdAndTenantId(id, actor.requireTenant().value())
                .filter(r -> r.createdBy().equals(actor.id()) && r.status() != ReferralStatus.DISCARDED)
                .orElseThrow(() -> new NotFoundException("Referral"));
        audit.record(AuditRecord.of("REFERRAL_STATUS_VIEWED", "REFERRAL", id).about(referral.personId()));
        return forReferrer(referral, referrerSettings.referrerSeesOutcome(referral.tenantId()));
    }

    static ForReferrer forReferrer(Referral referral, boolean seesOutcome) {
        var answers = referral.answers();
        var name = String.join(
                        " ",
                        answers.givenName() == null ? "" : answers.givenName(),
                        answers.familyName() == null ? "" : answers.familyName())
                .strip();
        return new ForReferrer(
                referral.id(),
                referral.reference(),
                ReferrerStatus.of(referral.status()),
                seesOutcome ? referral.status() : null,
                referral.createdAt(),
                referral.submittedAt(),
                name,
                seesOutcome ? referral.outcome() : null,
                referral.feedback(),
                referral.decidedAt());
    }

    private Submitted submit(Referral referral, LocalDate receivedOn, Actor actor) {
        var problems = problems(referral.answers(), access.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var answers = referral.answers();
        var aliases = aliases(answers.aliases());
        // Matched first, before the reference is taken: taking it holds the council's counter until the end.
        var matches = matching.find(referral.tenantId(), null, describe(answers, aliases, receivedOn), receivedOn);
        var person = people.save(Person.fromReferral(
                referral.tenantId(),
                referral.id(),
                answers.givenName(),
                answers.familyName(),
                aliases,
                answers.dateOfBirth(),
                answers.approximateAge(),
                receivedOn,
                answers.sex(),
                answers.postcode(),
                clock.instant()));
        var due = WorkingDays.add(receivedOn, settings.screeningWorkingDays());
        referral.submit(
                records.nextReference(referral.tenantId(), receivedOn.getYear()),
                receivedOn,
                due,
                person.id(),
                clock.instant());
        var saved = referrals.save(referral);
        statistics.record(saved);
        matching.store(saved.tenantId(), saved.id(), matches);
        records.history(saved.tenantId(), saved.id(), actor.id(), "SUBMITTED", saved.reference());
        if (!matches.isEmpty()) {
            records.history(saved.tenantId(), saved.id(), actor.id(), "MATCHES_FOUND", String.valueOf(matches.size()));
        }
        audit.record(
                AuditRecord.of("REFERRAL_SUBMITTED", "REFERRAL", saved.id()).about(person.id()));
        events.publishEvent(new ReferralSubmitted(saved.id(), saved.tenantId()));
        if (Boolean.TRUE.equals(answers.immediateRisk())) {
            // The council's Prevent leads are told at once; the notice is a link, never a name.
            notifications.toRole(
                    new org.preventduty.shared.TenantId(saved.tenantId()),
                    Role.PREVENT_LEAD,
                    Notice.IMMEDIATE_DANGER,
                    "/referrals/" + saved.id(),
                    "immediate-danger:" + saved.id());
        }
        return new Submitted(
                saved.id(),
                saved.reference(),
                saved.status(),
                due,
                actor.has(Role.PREVENT_LEAD)
                        ? matches.stream()
                                .map(m -> new PossibleMatch(
                                        m.personId(), Math.round(m.score() * 1000) / 1000.0, m.reasons()))
                                .toList()
                        : List.of());
    }

    static PersonMatcher.Description describe(Answers answers, List<String[]> aliases, LocalDate on) {
        var names = new ArrayList<String[]>();
        names.add(new String[] {answers.givenName(), answers.familyName()});
        names.addAll(aliases);
        Integer age = answers.dateOfBirth() != null
                ? Integer.valueOf(Period.between(answers.dateOfBirth(), on).getYears())
                : answers.approximateAge();
        return new PersonMatcher.Description(names, answers.dateOfBirth(), age, answers.sex(), answers.postcode());
    }

    /** Aliases, one per line: Family, Given or Given Family (the last word taken as the family name). */
    static List<String[]> aliases(@Nullable String text) {
        var result = new ArrayList<String[]>();
        if (text == null) {
            return result;
        }
        for (var line : text.split("\\R")) {
            var alias = line.strip();
            if (alias.isEmpty()) {
                continue;
            }
            if (alias.contains(",")) {
                var parts = alias.split(",", 2);
                result.add(new String[] {parts[1].strip(), parts[0].strip()});
            } else {
                var space = alias.lastIndexOf(' ');
                result.add(
                        space < 0
                                ? new String[] {alias, null}
                                : new String[] {alias.substring(0, space).strip(), alias.substring(space + 1)});
            }
        }
        return result;
    }

    private void check(Answers answers, LocalDate today) {
        var problems = problems(answers, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Checks every answer against the rules of its field and the code lists. */
    List<Problem> problems(Answers answers, LocalDate today) {
        var problems = new ArrayList<Problem>();
        if (answers.dateOfBirth() != null) {
            if (answers.dateOfBirth().isAfter(today)) {
                problems.add(
                        new Problem("subject.dateOfBirth", "referral.dateOfBirth.future", "must not be in the future"));
            } else if (answers.dateOfBirth().isBefore(today.minusYears(120))) {
                problems.add(
                        new Problem("subject.dateOfBirth", "referral.dateOfBirth.past", "must be within 120 years"));
            }
        }
        if (answers.approximateAge() != null && (answers.approximateAge() < 0 || answers.approximateAge() > 120)) {
            problems.add(new Problem(
                    "subject.approximateAge", "referral.approximateAge.range", "must be between 0 and 120"));
        }
        if (answers.postcode() != null && !answers.postcode().isBlank() && !Postcodes.isValid(answers.postcode())) {
            problems.add(new Problem("subject.postcode", "referral.postcode.invalid", "must be a UK postcode"));
        }
        code(problems, CodeLists.SECTOR, answers.referrerSector(), "referrer.sector");
        code(problems, CodeLists.TYPE_OF_CONCERN, answers.typeOfConcern(), "concern.typeOfConcern");
        answers.indicators().codes().forEach(code -> code(problems, CodeLists.INDICATOR, code, "concern.indicators"));
        answers.vulnerabilities()
                .codes()
                .forEach(code -> code(problems, CodeLists.VULNERABILITY, code, "concern.vulnerabilities"));
        code(problems, CodeLists.ETHNICITY, answers.ethnicity(), "equality.ethnicity");
        code(problems, CodeLists.RELIGION, answers.religion(), "equality.religion");
        for (var member : answers.household()) {
            if (member.dateOfBirth() != null && member.dateOfBirth().isAfter(today)) {
                problems.add(new Problem(
                        "subject.household", "referral.household.dateOfBirth", "must not be in the future"));
            }
        }
        return problems;
    }

    private void code(List<Problem> problems, String list, @Nullable String code, String field) {
        if (code != null && !codes.isCurrent(list, code)) {
            problems.add(new Problem(field, "referral.code.unknown", "is not a code of the " + list + " list"));
        }
    }

    private Referral ownDraft(UUID id, Actor actor) {
        return referrals
                .findByIdAndTenantId(id, actor.requireTenant().value())
                .filter(r -> r.createdBy().equals(actor.id()) && r.status() == ReferralStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Draft referral"));
    }

    private Draft draftOf(Referral referral) {
        var equality = records.equality(referral.tenantId(), referral.id());
        var answers = referral.answers();
        var withEquality = new Answers(
                answers.immediateRisk(),
                answers.givenName(),
                answers.familyName(),
                answers.aliases(),
                answers.dateOfBirth(),
                answers.approximateAge(),
                answers.sex(),
                answers.address(),
                answers.postcode(),
                answers.educationOrEmployment(),
                answers.languages(),
                answers.interpreterNeeded(),
                answers.household(),
                answers.agencies(),
                answers.summary(),
                answers.whenSeen(),
                answers.whereSeen(),
                answers.seenBy(),
                answers.indicators(),
                answers.otherIndicator(),
                answers.onlineActivity(),
                answers.typeOfConcern(),
                answers.typeOfConcernNotSure(),
                answers.vulnerabilities(),
                answers.actionsTaken(),
                answers.personAware(),
                answers.parentsAware(),
                answers.referrerName(),
                answers.referrerRole(),
                answers.referrerOrganisation(),
                answers.referrerSector(),
                answers.referrerEmail(),
                answers.referrerPhone(),
                equality.map(ReferralRecords.Equality::ethnicity).orElse(null),
                equality.map(ReferralRecords.Equality::religion).orElse(null));
        var files = attachments.list(referral.tenantId(), referral.id()).stream()
                .map(a -> new Attachment(a.id(), a.fileName(), a.mediaType(), a.size(), a.uploadedAt()))
                .toList();
        return new Draft(referral.id(), referral.version(), withEquality, files, referral.missing());
    }
}
