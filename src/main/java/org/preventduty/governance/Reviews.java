package org.preventduty.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.audit.ChangeHistory;
import org.preventduty.governance.GovernanceRules.Response;
import org.preventduty.governance.GovernanceRules.Status;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scrutiny reviews and their recommendations: the council's response to each (accepted, partially accepted or rejected,
 * with the reason), its lead and progress over time, and the review's sign-off once every accepted recommendation is
 * complete.
 */
@Service
class Reviews {

    /** A recommendation as it is entered. */
    record Input(
            @Nullable Integer number,
            @Nullable String theme,
            @Nullable String text,
            @Nullable Response response,
            @Nullable String responseReason,
            @Nullable String lead,
            @Nullable String progress,
            @Nullable Status status) {}

    /** A recommendation. */
    record Recommendation(
            UUID id,
            int number,
            @Nullable String theme,
            String text,
            Response response,
            @Nullable String responseReason,
            @Nullable String lead,
            @Nullable String progress,
            Status status,
            List<ProgressUpdate> updates,
            int version) {

        public boolean completed() {
            return status == Status.COMPLETED;
        }
    }

    /** Progress recorded on a recommendation. */
    record ProgressUpdate(String progress, Status status, Instant recordedAt) {}

    /** How a review's recommendations were received and where they stand. */
    record Summary(long total, long accepted, long partiallyAccepted, long rejected, long completed, long open) {}

    /** A review with its recommendations. */
    record Review(
            UUID id,
            String title,
            LocalDate concludedOn,
            @Nullable LocalDate signedOffOn,
            List<Recommendation> recommendations,
            Summary summary,
            boolean canSignOff) {

        /** Whether its recommendations may be added to or changed: until it is signed off. */
        public boolean mayChange() {
            return signedOffOn == null;
        }

        /** The recommendation of this review with the id. */
        public Recommendation recommendation(UUID recommendationId) {
            return recommendations.stream()
                    .filter(r -> r.id().equals(recommendationId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Recommendation"));
        }
    }

    /** A review in the list. */
    record Listed(
            UUID id,
            String title,
            LocalDate concludedOn,
            @Nullable LocalDate signedOffOn,
            Summary summary) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind HISTORY = new ChangeHistory.Kind(
            "GOVERNANCE_RECOMMENDATION", "RECOMMENDATION_CHANGED", "governance.recommendation.stale");

    Reviews(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a review. */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID create(@Nullable String title, @Nullable LocalDate concludedOn) {
        var actor = actors.require();
        var problems = new ArrayList<Problem>();
        var name = Texts.required(title, 300, "title", "governance.review.title", problems);
        if (concludedOn == null) {
            problems.add(
                    new Problem("concludedOn", "governance.review.concluded.missing", "enter the day it concluded"));
        } else if (concludedOn.isAfter(today())) {
            problems.add(new Problem("concludedOn", "governance.review.future", "cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into governance_review (id, tenant_id, title, concluded_on, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        name,
                        concludedOn,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("REVIEW_CREATED", "GOVERNANCE_REVIEW", id));
        return id;
    }

    /**
     * Adds a recommendation to a review.
     *
     * @throws InvalidInputException naming each field that is not valid; a partial acceptance or rejection without a
     *     reason is one.
     * @throws RuleViolationException (409) when the review has a recommendation of that number, (422) when it is signed
     *     off.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID addRecommendation(UUID reviewId, Input input) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireOpen(tenant, reviewId);
        var problems = new ArrayList<Problem>();
        if (input.number() == null || input.number() < 1 || input.number() > 999) {
            problems.add(
                    new Problem("number", "governance.recommendation.number.invalid", "must be between 1 and 999"));
        }
        var theme = Texts.optional(input.theme(), 300, "theme", "governance.recommendation.theme", problems);
        var text = Texts.required(input.text(), 4000, "text", "governance.recommendation.text", problems);
        if (input.response() == null) {
            problems.add(new Problem("response", "governance.recommendation.response.missing", "choose the response"));
        }
        var reason = Texts.optional(
                input.responseReason(), 2000, "responseReason", "governance.recommendation.reason", problems);
        if (input.response() != null && input.response().needsReason() && reason == null) {
            problems.add(new Problem(
                    "responseReason",
                    "governance.recommendation.reason.missing",
                    "is required when a recommendation is rejected or partially accepted"));
        }
        var lead = Texts.optional(input.lead(), 300, "lead", "governance.recommendation.lead", problems);
        var progress =
                Texts.optional(input.progress(), 4000, "progress", "governance.recommendation.progress", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var taken = jdbc.sql("select count(*) from governance_recommendation where tenant_id = ? and review_id = ?"
                                + " and number = ?")
                        .params(tenant, reviewId, input.number())
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw RuleViolationException.conflict(
                    "governance.recommendation.taken", "The review has a recommendation of this number.");
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into governance_recommendation (id, tenant_id, review_id, number, theme, body, response,"
                        + " response_reason, lead, progress, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenant,
                        reviewId,
                        input.number(),
                        theme,
                        text,
                        input.response().name(),
                        reason,
                        lead,
                        progress,
                        (input.status() == null ? Status.OPEN : input.status()).name(),
                        now,
                        now)
                .update();
        audit.record(AuditRecord.of("RECOMMENDATION_ADDED", "GOVERNANCE_RECOMMENDATION", id)
                .withDetail("number " + input.number()));
        return id;
    }

    /**
     * Records progress on a recommendation; the history keeps every update.
     *
     * @throws RuleViolationException (422) when its review is signed off.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID recordProgress(UUID recommendationId, @Nullable String progress, @Nullable Status status) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var review = openReviewOf(tenant, recommendationId);
        var problems = new ArrayList<Problem>();
        var text = Texts.required(progress, 4000, "progress", "governance.recommendation.progress", problems);
        if (status == null) {
            problems.add(new Problem("status", "governance.recommendation.status.missing", "choose where it stands"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into governance_recommendation_update (id, tenant_id, recommendation_id, progress, status,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, recommendationId, text, status.name(), actor.id(), now)
                .update();
        jdbc.sql("update governance_recommendation set progress = ?, status = ?, updated_at = ?, version = version + 1"
                        + " where tenant_id = ? and id = ?")
                .params(text, status.name(), now, tenant, recommendationId)
                .update();
        audit.record(AuditRecord.of("RECOMMENDATION_PROGRESS", "GOVERNANCE_RECOMMENDATION", recommendationId)
                .withDetail(status.name()));
        return review;
    }

    /**
     * Signs a review off.
     *
     * @throws RuleViolationException (422) when an accepted recommendation is still open or the review is signed off.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    void signOff(UUID reviewId) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireOpen(tenant, reviewId);
        var standing = recommendations(tenant, reviewId).stream()
                .map(r -> new GovernanceRules.Standing(r.response(), r.status()))
                .toList();
        if (!GovernanceRules.canSignOff(standing)) {
            throw RuleViolationException.rule(
                    "governance.review.openRecommendations",
                    "Every accepted or partially accepted recommendation must be completed first.");
        }
        jdbc.sql("update governance_review set signed_off_on = ?, signed_off_by = ?, version = version + 1"
                        + " where tenant_id = ? and id = ?")
                .params(today(), actor.id(), tenant, reviewId)
                .update();
        audit.record(AuditRecord.of("REVIEW_SIGNED_OFF", "GOVERNANCE_REVIEW", reviewId));
    }

    /** How many reviews a page lists. */
    static final int PAGE_SIZE = 25;

    /**
     * Changes the theme or the lead of a recommendation, keeping what they were in its history. Its text and the
     * council's response are the record of the review and are not changed; its progress has updates of its own.
     *
     * @param version the version the change was made from; when the recommendation has changed since, nothing changes.
     * @throws InvalidInputException when the theme or lead is too long.
     * @throws RuleViolationException (422) when its review is signed off, (409) when it has changed since.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID changeThemeOrLead(UUID recommendationId, int version, @Nullable String theme, @Nullable String lead) {
        var tenant = actors.requireTenant().value();
        var review = openReviewOf(tenant, recommendationId);
        var problems = new ArrayList<Problem>();
        var newTheme = Texts.optional(theme, 300, "theme", "governance.recommendation.theme", problems);
        var newLead = Texts.optional(lead, 300, "lead", "governance.recommendation.lead", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = recommendations(tenant, review).stream()
                .filter(r -> r.id().equals(recommendationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Recommendation"));
        history.change(
                HISTORY,
                recommendationId,
                themeAndLead(before.theme(), before.lead()),
                themeAndLead(newTheme, newLead),
                () -> jdbc.sql("update governance_recommendation set theme = ?, lead = ?, updated_at = ?,"
                                + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(newTheme, newLead, Timestamp.from(clock.instant()), tenant, recommendationId, version)
                        .update());
        return review;
    }

    /** The changes made to the themes and leads of a review's recommendations, by recommendation. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Map<UUID, List<ChangeHistory.Change>> changes(UUID reviewId) {
        var changes = new java.util.HashMap<UUID, List<ChangeHistory.Change>>();
        for (var recommendation : review(reviewId).recommendations()) {
            changes.put(recommendation.id(), history.of(HISTORY, recommendation.id()));
        }
        return changes;
    }

    /**
     * The review a recommendation belongs to, which must not be signed off.
     *
     * @throws NotFoundException when the council has no such recommendation.
     * @throws RuleViolationException (422) when its review is signed off.
     */
    private UUID openReviewOf(UUID tenant, UUID recommendationId) {
        var review = jdbc.sql("select review_id from governance_recommendation where tenant_id = ? and id = ?")
                .params(tenant, recommendationId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Recommendation"));
        requireOpen(tenant, review);
        return review;
    }

    /**
     * The review a recommendation of the council belongs to.
     *
     * @throws NotFoundException when the council has no such recommendation.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    UUID reviewOf(UUID recommendationId) {
        return jdbc.sql("select review_id from governance_recommendation where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), recommendationId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Recommendation"));
    }

    private static Map<String, @Nullable String> themeAndLead(@Nullable String theme, @Nullable String lead) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("governance.recommendation.theme", theme);
        fields.put("governance.recommendation.lead", lead);
        return fields;
    }

    /** The council's reviews, newest first, all or only those signed off or not, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Paged<Listed> list(@Nullable Boolean signedOff, int page) {
        var tenant = actors.requireTenant().value();
        var at = Math.max(0, page);
        var state =
                signedOff == null ? "" : signedOff ? " and signed_off_on is not null" : " and signed_off_on is null";
        var total = jdbc.sql("select count(*) from governance_review where tenant_id = ?" + state)
                .param(tenant)
                .query(Long.class)
                .single();
        return new Paged<>(
                listed(tenant, state, " limit " + PAGE_SIZE + " offset " + Paged.offset(at, PAGE_SIZE)),
                at,
                PAGE_SIZE,
                total);
    }

    /** Every review of the council, newest first: for the download. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    List<Listed> list() {
        return listed(actors.requireTenant().value(), "", "");
    }

    private List<Listed> listed(UUID tenant, String state, String limit) {
        return jdbc.sql("select id, title, concluded_on, signed_off_on from governance_review where tenant_id = ?"
                        + state + " order by concluded_on desc, title, id" + limit)
                .param(tenant)
                .query((rs, n) -> new Listed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        summary(recommendations(tenant, rs.getObject(1, UUID.class)))))
                .list();
    }

    /** A review with its recommendations and their progress. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Review review(UUID id) {
        var tenant = actors.requireTenant().value();
        var recommendations = recommendations(tenant, id);
        return jdbc.sql("select id, title, concluded_on, signed_off_on from governance_review where tenant_id = ?"
                        + " and id = ?")
                .params(tenant, id)
                .query((rs, n) -> new Review(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        recommendations,
                        summary(recommendations),
                        rs.getObject(4) == null
                                && GovernanceRules.canSignOff(recommendations.stream()
                                        .map(r -> new GovernanceRules.Standing(r.response(), r.status()))
                                        .toList())))
                .optional()
                .orElseThrow(() -> new NotFoundException("Review"));
    }

    /** How a review's recommendations were received and where they stand. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Summary summary(UUID reviewId) {
        return review(reviewId).summary();
    }

    private List<Recommendation> recommendations(UUID tenant, UUID reviewId) {
        var updates = new java.util.HashMap<UUID, List<ProgressUpdate>>();
        jdbc.sql(
                        "select u.recommendation_id, u.progress, u.status, u.recorded_at from governance_recommendation_update u"
                                + " join governance_recommendation r on r.id = u.recommendation_id and r.tenant_id ="
                                + " u.tenant_id where u.tenant_id = ? and r.review_id = ? order by u.recorded_at desc")
                .params(tenant, reviewId)
                .query((rs, n) -> updates.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new ProgressUpdate(
                                rs.getString(2),
                                Status.valueOf(rs.getString(3)),
                                rs.getTimestamp(4).toInstant())))
                .list();
        return jdbc.sql("select id, number, theme, body, response, response_reason, lead, progress, status, version"
                        + " from governance_recommendation where tenant_id = ? and review_id = ? order by number")
                .params(tenant, reviewId)
                .query((rs, n) -> new Recommendation(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        Response.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        Status.valueOf(rs.getString(9)),
                        updates.getOrDefault(rs.getObject(1, UUID.class), List.of()),
                        rs.getInt(10)))
                .list();
    }

    private static Summary summary(List<Recommendation> recommendations) {
        return new Summary(
                recommendations.size(),
                count(recommendations, r -> r.response() == Response.ACCEPTED),
                count(recommendations, r -> r.response() == Response.PARTIALLY_ACCEPTED),
                count(recommendations, r -> r.response() == Response.REJECTED),
                count(recommendations, r -> r.status() == Status.COMPLETED),
                count(recommendations, r -> r.status() == Status.OPEN));
    }

    private static long count(List<Recommendation> recommendations, java.util.function.Predicate<Recommendation> test) {
        return recommendations.stream().filter(test).count();
    }

    private void requireOpen(UUID tenant, UUID reviewId) {
        var signed = jdbc.sql("select signed_off_on from governance_review where tenant_id = ? and id = ?")
                .params(tenant, reviewId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Review"));
        if (signed.isPresent()) {
            throw RuleViolationException.rule("governance.review.signedOff.rule", "The review is signed off.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
