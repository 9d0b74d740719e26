package org.preventduty.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral of a concern that someone may be drawn into terrorism: what the referrer told, and the screening decision.
 * Its status only moves as {@link ReferralStatus#canMoveTo} allows.
 */
@Table("referral")
class Referral {

    /** Stored as the type of concern when the referrer was not sure of it. */
    static final String NOT_SURE = "NOT_SURE";

    @Id
    private UUID id;

    private UUID tenantId;
    private @Nullable String reference;
    private ReferralStatus status;
    private @Nullable UUID personId;
    private @Nullable UUID ownPersonId;
    private UUID createdBy;
    private Instant createdAt;
    private @Nullable Instant submittedAt;
    private @Nullable LocalDate receivedOn;
    private @Nullable LocalDate dueOn;
    private @Nullable Boolean immediateRisk;

    private @Nullable String subjectGivenName;
    private @Nullable String subjectFamilyName;
    private @Nullable String subjectAliases;
    private @Nullable LocalDate subjectDateOfBirth;
    private @Nullable Integer subjectApproximateAge;
    private @Nullable Sex subjectSex;
    private @Nullable String subjectAddress;
    private @Nullable String subjectPostcode;
    private @Nullable String subjectEducationOrEmployment;
    private @Nullable String subjectLanguages;
    private @Nullable Boolean subjectInterpreterNeeded;

    private @Nullable String concernSummary;
    private @Nullable String concernWhenSeen;
    private @Nullable String concernWhereSeen;
    private @Nullable String concernSeenBy;
    private CodeSet concernIndicators = CodeSet.empty();
    private @Nullable String concernOtherIndicator;
    private @Nullable String concernOnlineActivity;
    private @Nullable String concernTypeOfConcern;
    private @Nullable String concernTypeOfConcernVersion;
    private CodeSet concernVulnerabilities = CodeSet.empty();
    private @Nullable String concernActionsTaken;
    private @Nullable Awareness concernPersonAware;
    private @Nullable Awareness concernParentsAware;

    private @Nullable String referrerName;
    private @Nullable String referrerRole;
    private @Nullable String referrerOrganisation;
    private @Nullable String referrerSector;
    private @Nullable String referrerEmail;
    private @Nullable String referrerPhone;

    private @Nullable UUID screeningStartedBy;
    private @Nullable Instant screeningStartedAt;
    private @Nullable ScreeningOutcome decisionOutcome;
    private @Nullable Boolean decisionAppropriate;
    private @Nullable String decisionReason;
    private @Nullable String decisionSignpostedTo;
    private @Nullable String decisionFeedback;
    private @Nullable UUID decisionDecidedBy;
    private @Nullable Instant decisionDecidedAt;
    private @Nullable LocalDate decisionDecidedOn;
    private @Nullable UUID channelCaseId;
    private @Nullable Instant importedAt;

    @MappedCollection(idColumn = "referral_id", keyColumn = "position")
    private List<Household> household = new ArrayList<>();

    @MappedCollection(idColumn = "referral_id", keyColumn = "position")
    private List<AgencyRow> agencies = new ArrayList<>();

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    /** A member of the household, stored with the referral. */
    @Table("referral_household")
    record Household(
            UUID tenantId,
            String name,
            @Nullable String relationship,
            @Nullable LocalDate dateOfBirth) {}

    /** An agency involved, stored with the referral. */
    @Table("referral_agency")
    record AgencyRow(UUID tenantId, String name, @Nullable String contact) {}

    private Referral() {}

    static Referral draft(UUID tenantId, UUID createdBy, Instant now) {
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.tenantId = tenantId;
        referral.status = ReferralStatus.DRAFT;
        referral.createdBy = createdBy;
        referral.createdAt = now;
        return referral;
    }

    /**
     * A referral brought in from the council's earlier records, with its own reference, received on its own day and
     * waiting for its screening decision; the completeness a referral sent today must have is not asked of it.
     */
    static Referral imported(
            UUID id,
            UUID tenantId,
            UUID by,
            Instant now,
            Answers answers,
            @Nullable String typeOfConcernVersion,
            String reference,
            LocalDate receivedOn,
            LocalDate due,
            UUID person) {
        var referral = draft(tenantId, by, now);
        referral.id = id;
        referral.answer(answers, typeOfConcernVersion);
        referral.move(ReferralStatus.SUBMITTED);
        referral.reference = reference;
        referral.receivedOn = receivedOn;
        referral.dueOn = due;
        referral.personId = person;
        referral.ownPersonId = person;
        referral.submittedAt = now;
        referral.importedAt = now;
        return referral;
    }

    /**
     * The screening outcome an imported referral had in the earlier records, on its own day. Whether it was appropriate
     * for Prevent and the reasons are not known, and no Channel case is opened: its panel outcome, if any, is recorded
     * for the statistics.
     */
    void importedDecision(ScreeningOutcome outcome, LocalDate decidedOn, UUID by, Instant now) {
        if (importedAt == null) {
            throw new IllegalStateException("Only an imported referral takes an imported decision");
        }
        move(outcome.status());
        decisionOutcome = outcome;
        decisionDecidedBy = by;
        decisionDecidedAt = now;
        decisionDecidedOn = decidedOn;
    }

    /** Whether the referral was brought in from the council's earlier records. */
    boolean imported() {
        return importedAt != null;
    }

    /** Replaces every answer; only a draft can change. */
    void answer(Answers answers, @Nullable String typeOfConcernVersion) {
        requireStatus(ReferralStatus.DRAFT, "referral.notDraft", "Only a draft referral can be changed.");
        immediateRisk = answers.immediateRisk();
        subjectGivenName = trim(answers.givenName());
        subjectFamilyName = trim(answers.familyName());
        subjectAliases = trim(answers.aliases());
        subjectDateOfBirth = answers.dateOfBirth();
        subjectApproximateAge = answers.approximateAge();
        subjectSex = answers.sex();
        subjectAddress = trim(answers.address());
        subjectPostcode = answers.postcode() == null ? null : Postcodes.normalise(answers.postcode());
        subjectEducationOrEmployment = trim(answers.educationOrEmployment());
        subjectLanguages = trim(answers.languages());
        subjectInterpreterNeeded = answers.interpreterNeeded();
        household = new ArrayList<>(answers.household().stream()
                .map(member -> new Household(
                        tenantId, member.name().strip(), trim(member.relationship()), member.dateOfBirth()))
                .toList());
        agencies = new ArrayList<>(answers.agencies().stream()
                .map(agency -> new AgencyRow(tenantId, agency.name().strip(), trim(agency.contact())))
                .toList());
        concernSummary = trim(answers.summary());
        concernWhenSeen = trim(answers.whenSeen());
        concernWhereSeen = trim(answers.whereSeen());
        concernSeenBy = trim(answers.seenBy());
        concernIndicators = answers.indicators();
        concernOtherIndicator = answers.indicators().contains("OTHER") ? trim(answers.otherIndicator()) : null;
        concernOnlineActivity = trim(answers.onlineActivity());
        concernTypeOfConcern = answers.typeOfConcernNotSure() ? NOT_SURE : answers.typeOfConcern();
        concernTypeOfConcernVersion =
                concernTypeOfConcern == null || answers.typeOfConcernNotSure() ? null : typeOfConcernVersion;
        concernVulnerabilities = answers.vulnerabilities();
        concernActionsTaken = trim(answers.actionsTaken());
        concernPersonAware = answers.personAware();
        concernParentsAware = answers.parentsAware();
        referrerName = trim(answers.referrerName());
        referrerRole = trim(answers.referrerRole());
        referrerOrganisation = trim(answers.referrerOrganisation());
        referrerSector = answers.referrerSector();
        referrerEmail = trim(answers.referrerEmail());
        referrerPhone = trim(answers.referrerPhone());
    }

    /** The answers as given, without the equality monitoring answers, which are kept apart. */
    Answers answers() {
        return new Answers(
                immediateRisk,
                subjectGivenName,
                subjectFamilyName,
                subjectAliases,
                subjectDateOfBirth,
                subjectApproximateAge,
                subjectSex,
                subjectAddress,
                subjectPostcode,
                subjectEducationOrEmployment,
                subjectLanguages,
                subjectInterpreterNeeded,
                household.stream()
                        .map(h -> new Answers.HouseholdMember(h.name(), h.relationship(), h.dateOfBirth()))
                        .toList(),
                agencies.stream()
                        .map(a -> new Answers.Agency(a.name(), a.contact()))
                        .toList(),
                concernSummary,
                concernWhenSeen,
                concernWhereSeen,
                concernSeenBy,
                concernIndicators,
                concernOtherIndicator,
                concernOnlineActivity,
                NOT_SURE.equals(concernTypeOfConcern) ? null : concernTypeOfConcern,
                NOT_SURE.equals(concernTypeOfConcern),
                concernVulnerabilities,
                concernActionsTaken,
                concernPersonAware,
                concernParentsAware,
                referrerName,
                referrerRole,
                referrerOrganisation,
                referrerSector,
                referrerEmail,
                referrerPhone,
                null,
                null);
    }

    /** What a referral still needs before it can be submitted, as message keys; empty when complete. */
    List<String> missing() {
        var missing = new ArrayList<String>();
        if (immediateRisk == null) {
            missing.add("referral.missing.immediateRisk");
        }
        if (subjectGivenName == null && subjectFamilyName == null) {
            missing.add("referral.missing.name");
        }
        if (subjectSex == null) {
            missing.add("referral.missing.sex");
        }
        if (concernSummary == null) {
            missing.add("referral.missing.summary");
        }
        if (concernTypeOfConcern == null) {
            missing.add("referral.missing.typeOfConcern");
        }
        if (referrerName == null) {
            missing.add("referral.missing.referrerName");
        }
        if (referrerOrganisation == null) {
            missing.add("referral.missing.referrerOrganisation");
        }
        if (referrerSector == null) {
            missing.add("referral.missing.referrerSector");
        }
        if (referrerEmail == null && referrerPhone == null) {
            missing.add("referral.missing.referrerContact");
        }
        return missing;
    }

    void submit(String newReference, LocalDate received, LocalDate due, UUID person, Instant now) {
        requireStatus(ReferralStatus.DRAFT, "referral.notDraft", "Only a draft referral can be sent.");
        var gaps = missing();
        if (!gaps.isEmpty()) {
            throw RuleViolationException.rule("referral.incomplete", "The referral is not complete: " + gaps);
        }
        move(ReferralStatus.SUBMITTED);
        reference = newReference;
        receivedOn = received;
        dueOn = due;
        personId = person;
        ownPersonId = person;
        submittedAt = now;
    }

    void discard() {
        move(ReferralStatus.DISCARDED);
    }

    void startScreening(UUID by, Instant now) {
        move(ReferralStatus.IN_SCREENING);
        screeningStartedBy = by;
        screeningStartedAt = now;
    }

    /**
     * Records the screening decision.
     *
     * @return the id of the Channel case to open, when the referral is accepted for Channel.
     */
    @Nullable
    UUID decide(
            ScreeningOutcome outcome,
            boolean appropriate,
            String reason,
            @Nullable String signpostedTo,
            @Nullable String feedback,
            LocalDate decidedOn,
            UUID by,
            Instant now,
            LocalDate today) {
        if (status.isDecided()) {
            throw RuleViolationException.rule("referral.decided", "The referral has already been decided.");
        }
        if (!status.awaitsDecision()) {
            throw RuleViolationException.rule("referral.notSubmitted", "Only a submitted referral can be decided.");
        }
        if (decidedOn.isAfter(today)) {
            throw RuleViolationException.rule(
                            "decision.decidedOn.future", "The decision must not be dated in the future.")
                    .on("decidedOn");
        }
        if (receivedOn != null && decidedOn.isBefore(receivedOn)) {
            throw RuleViolationException.rule(
                            "decision.decidedOn.beforeReceived",
                            "The decision must not be dated before the referral was received (" + receivedOn + ").")
                    .on("decidedOn");
        }
        if (outcome == ScreeningOutcome.SIGNPOSTED && signpostedTo == null) {
            throw RuleViolationException.rule(
                    "referral.signpostedTo", "Say which service the referral is signposted to.");
        }
        move(outcome.status());
        decisionOutcome = outcome;
        decisionAppropriate = appropriate;
        decisionReason = reason.strip();
        decisionSignpostedTo = outcome == ScreeningOutcome.SIGNPOSTED ? signpostedTo : null;
        decisionFeedback = trim(feedback);
        decisionDecidedBy = by;
        decisionDecidedAt = now;
        decisionDecidedOn = decidedOn;
        if (outcome == ScreeningOutcome.ACCEPTED_FOR_CHANNEL) {
            channelCaseId = UUID.randomUUID();
        }
        return channelCaseId;
    }

    boolean linkedToOther() {
        return personId != null && !personId.equals(ownPersonId);
    }

    void linkTo(UUID person) {
        requireSubmitted();
        personId = person;
    }

    void unlink() {
        requireSubmitted();
        personId = ownPersonId;
    }

    private void requireSubmitted() {
        if (status == ReferralStatus.DRAFT || status == ReferralStatus.DISCARDED) {
            throw RuleViolationException.rule("referral.notSubmitted", "The referral has not been submitted.");
        }
    }

    private void move(ReferralStatus next) {
        if (!status.canMoveTo(next)) {
            throw RuleViolationException.rule(
                    "referral.transition", "A referral cannot go from " + status + " to " + next + ".");
        }
        status = next;
    }

    private void requireStatus(ReferralStatus expected, String code, String message) {
        if (status != expected) {
            throw RuleViolationException.rule(code, message);
        }
    }

    private static @Nullable String trim(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    @Nullable
    String reference() {
        return reference;
    }

    ReferralStatus status() {
        return status;
    }

    @Nullable
    UUID personId() {
        return personId;
    }

    @Nullable
    UUID ownPersonId() {
        return ownPersonId;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    LocalDate receivedOn() {
        return receivedOn;
    }

    @Nullable
    LocalDate dueOn() {
        return dueOn;
    }

    @Nullable
    String typeOfConcernVersion() {
        return concernTypeOfConcernVersion;
    }

    @Nullable
    ScreeningOutcome outcome() {
        return decisionOutcome;
    }

    @Nullable
    Boolean appropriate() {
        return decisionAppropriate;
    }

    @Nullable
    String decisionReason() {
        return decisionReason;
    }

    @Nullable
    String signpostedTo() {
        return decisionSignpostedTo;
    }

    @Nullable
    String feedback() {
        return decisionFeedback;
    }

    @Nullable
    UUID decidedBy() {
        return decisionDecidedBy;
    }

    @Nullable
    Instant decidedAt() {
        return decisionDecidedAt;
    }

    @Nullable
    LocalDate decidedOn() {
        return decisionDecidedOn;
    }

    @Nullable
    UUID screeningStartedBy() {
        return screeningStartedBy;
    }

    @Nullable
    UUID channelCaseId() {
        return channelCaseId;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
