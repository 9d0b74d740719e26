package org.preventduty.risk;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantScope;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.SecretBox;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consultation on a risk assessment: a questionnaire the Prevent lead writes, sent to partner contacts each with a
 * link of their own that needs no account and expires; answers are attributed to the organisation and summarised
 * question by question. Only a hash of each link's secret is kept.
 */
@Service
class Consultations {

    /** A question. */
    record Question(UUID id, int position, String text) {}

    /** A link sent to a partner. */
    record Link(
            UUID id,
            String organisation,
            @Nullable String contactEmail,
            Instant expiresAt,
            @Nullable Instant answeredAt) {

        public boolean expired(Instant now) {
            return answeredAt == null && !expiresAt.isAfter(now);
        }
    }

    /** A link just made: its address is shown once. */
    record Made(UUID id, String token) {}

    /** An answer with the organisation that gave it. */
    record Said(String organisation, String answer) {}

    /** The answers to one question, each with the organisation that gave it. */
    record Answers(Question question, List<Said> answers) {}

    /** What a partner sees when they open their link. */
    record Opened(String council, String assessment, String organisation, List<Question> questions) {}

    /** Why a link cannot be answered. */
    enum Refusal {
        UNKNOWN,
        EXPIRED,
        ANSWERED
    }

    /** A link that cannot be answered, and why. */
    static final class RefusedException extends RuntimeException {

        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    static final Duration LIFETIME = Duration.ofDays(21);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ANSWER = 4000;

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final org.preventduty.identity.TenantManagement tenants;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Consultations(
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            TransactionTemplate transactions,
            org.preventduty.identity.TenantManagement tenants,
            Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.transactions = transactions;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Adds a question to an assessment's questionnaire. */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    void addQuestion(UUID assessmentId, @Nullable String text) {
        var tenant = actors.requireTenant().value();
        requireAssessment(tenant, assessmentId);
        if (text == null || text.isBlank() || text.strip().length() > 1000) {
            throw new InvalidInputException(
                    List.of(new Problem("text", "risk.question.text", "write the question in up to 1,000 characters")));
        }
        var position = jdbc.sql("select coalesce(max(position), 0) + 1 from risk_question where tenant_id = ?"
                        + " and assessment_id = ?")
                .params(tenant, assessmentId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into risk_question (id, tenant_id, assessment_id, position, text) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, assessmentId, position, text.strip())
                .update();
        audit.record(AuditRecord.of("RISK_QUESTION_ADDED", "RISK_ASSESSMENT", assessmentId));
    }

    /** The questions of an assessment, in order. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<Question> questions(UUID assessmentId) {
        return questions(actors.requireTenant().value(), assessmentId);
    }

    /**
     * Makes a link for a partner contact. The link works for {@link #LIFETIME} and is answered once.
     *
     * @throws InvalidInputException when the organisation is not named or the email is not an address.
     * @throws RuleViolationException (422) when the questionnaire has no questions.
     */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    Made makeLink(UUID assessmentId, @Nullable String organisation, @Nullable String email) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireAssessment(tenant, assessmentId);
        var problems = new ArrayList<Problem>();
        if (organisation == null
                || organisation.isBlank()
                || organisation.strip().length() > 200) {
            problems.add(new Problem("organisation", "risk.link.organisationMissing", "name the organisation"));
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(
                    new Problem("email", "risk.link.emailInvalid", "enter an email address like name@example.org"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (questions(tenant, assessmentId).isEmpty()) {
            throw RuleViolationException.rule("risk.link.noQuestions", "Write the questions before sending links.");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("insert into risk_consultation_link (id, tenant_id, assessment_id, organisation, contact_email,"
                        + " token_hash, expires_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        assessmentId,
                        organisation.strip(),
                        email == null || email.isBlank() ? null : email.strip(),
                        SecretBox.sha256Hex(token),
                        Timestamp.from(now.plus(LIFETIME)),
                        actor.id(),
                        Timestamp.from(now))
                .update();
        audit.record(AuditRecord.of("RISK_LINK_SENT", "RISK_ASSESSMENT", assessmentId)
                .withDetail(organisation.strip()));
        return new Made(id, token);
    }

    /** The links of an assessment, with whether each was answered. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<Link> links(UUID assessmentId) {
        return jdbc.sql("select id, organisation, contact_email, expires_at, answered_at from risk_consultation_link"
                        + " where tenant_id = ? and assessment_id = ? order by created_at, organisation")
                .params(actors.requireTenant().value(), assessmentId)
                .query((rs, n) -> new Link(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The answers, question by question, each attributed to its organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<Answers> summary(UUID assessmentId) {
        var tenant = actors.requireTenant().value();
        var byQuestion = new LinkedHashMap<UUID, List<Said>>();
        jdbc.sql("select a.question_id, l.organisation, a.answer from risk_consultation_answer a join"
                        + " risk_consultation_link l on l.id = a.link_id and l.tenant_id = a.tenant_id"
                        + " where a.tenant_id = ? and l.assessment_id = ? order by l.answered_at, l.organisation")
                .params(tenant, assessmentId)
                .query((rs, n) -> byQuestion
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Said(rs.getString(2), rs.getString(3))))
                .list();
        return questions(tenant, assessmentId).stream()
                .map(q -> new Answers(q, byQuestion.getOrDefault(q.id(), List.of())))
                .toList();
    }

    /**
     * What a partner sees at their link; nobody is signed in. The link is found by the hash of its secret, across
     * councils, and everything after is read from the link's own council only.
     *
     * @throws RefusedException when the link is unknown, has expired, or was answered.
     */
    Opened open(String token) {
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var link = find(token);
            var council = tenants.get(new TenantId(link.tenant())).name();
            var title = jdbc.sql("select title from risk_assessment where tenant_id = ? and id = ?")
                    .params(link.tenant(), link.assessment())
                    .query(String.class)
                    .single();
            return new Opened(council, title, link.organisation(), questions(link.tenant(), link.assessment()));
        }));
    }

    /** The field a problem with a question's answer names: the answer's field of the consultation form. */
    static String answerField(Question question) {
        return "answers[" + question.id() + "]";
    }

    /**
     * Keeps a partner's answers; a link is answered once.
     *
     * @throws RefusedException when the link is unknown, has expired, or was answered.
     * @throws InvalidInputException when every answer is empty or one is too long.
     */
    void answer(String token, Map<UUID, String> answers) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
            var link = find(token);
            var questions = questions(link.tenant(), link.assessment());
            var given = new LinkedHashMap<UUID, String>();
            for (var question : questions) {
                var text = answers.get(question.id());
                if (text != null && !text.isBlank()) {
                    if (text.strip().length() > MAX_ANSWER) {
                        throw new InvalidInputException(List.of(
                                new Problem(answerField(question), "consultation.tooLong", "up to 4,000 characters")));
                    }
                    given.put(question.id(), text.strip());
                }
            }
            if (given.isEmpty()) {
                throw new InvalidInputException(List.of(new Problem(
                        questions.isEmpty() ? "answers" : answerField(questions.get(0)),
                        "consultation.empty",
                        "answer at least one question")));
            }
            var marked = jdbc.sql("update risk_consultation_link set answered_at = ? where tenant_id = ? and id = ?"
                            + " and answered_at is null")
                    .params(Timestamp.from(clock.instant()), link.tenant(), link.id())
                    .update();
            if (marked == 0) {
                throw new RefusedException(Refusal.ANSWERED);
            }
            given.forEach((question, text) -> jdbc.sql("insert into risk_consultation_answer (id, tenant_id, link_id,"
                            + " question_id, answer) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), link.tenant(), link.id(), question, text)
                    .update());
            audit.recordAs(
                    Actor.SYSTEM,
                    new TenantId(link.tenant()),
                    AuditRecord.of("RISK_CONSULTATION_ANSWERED", "RISK_ASSESSMENT", link.assessment())
                            .withDetail(link.organisation()));
        }));
    }

    private record Found(UUID id, UUID tenant, UUID assessment, String organisation) {}

    private Found find(String token) {
        if (token.length() > 100) {
            throw new RefusedException(Refusal.UNKNOWN);
        }
        var row = jdbc.sql("select id, tenant_id, assessment_id, organisation, expires_at, answered_at from"
                        + " risk_consultation_link where token_hash = ?")
                .param(SecretBox.sha256Hex(token))
                .query((rs, n) -> new Object[] {
                    new Found(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getString(4)),
                    rs.getTimestamp(5).toInstant(),
                    rs.getTimestamp(6)
                })
                .optional();
        if (row.isEmpty()) {
            throw new RefusedException(Refusal.UNKNOWN);
        }
        if (row.get()[2] != null) {
            throw new RefusedException(Refusal.ANSWERED);
        }
        if (!((Instant) row.get()[1]).isAfter(clock.instant())) {
            throw new RefusedException(Refusal.EXPIRED);
        }
        return (Found) row.get()[0];
    }

    private List<Question> questions(UUID tenant, UUID assessmentId) {
        return jdbc.sql("select id, position, text from risk_question where tenant_id = ? and assessment_id = ?"
                        + " order by position")
                .params(tenant, assessmentId)
                .query((rs, n) -> new Question(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                .list();
    }

    private void requireAssessment(UUID tenant, UUID assessmentId) {
        var known = jdbc.sql("select count(*) from risk_assessment where tenant_id = ? and id = ?")
                        .params(tenant, assessmentId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Risk assessment");
        }
    }
}
