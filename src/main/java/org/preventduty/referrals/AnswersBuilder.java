package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds {@link Answers} one answer at a time, for imports, demo data and tests. */
public final class AnswersBuilder {

    private @Nullable Boolean immediateRisk;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable String aliases;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable Integer approximateAge;
    private @Nullable Sex sex;
    private @Nullable String address;
    private @Nullable String postcode;
    private @Nullable String educationOrEmployment;
    private @Nullable String languages;
    private @Nullable Boolean interpreterNeeded;
    private List<Answers.HouseholdMember> household = List.of();
    private List<Answers.Agency> agencies = List.of();
    private @Nullable String summary;
    private @Nullable String whenSeen;
    private @Nullable String whereSeen;
    private @Nullable String seenBy;
    private CodeSet indicators = CodeSet.empty();
    private @Nullable String otherIndicator;
    private @Nullable String onlineActivity;
    private @Nullable String typeOfConcern;
    private boolean typeOfConcernNotSure;
    private CodeSet vulnerabilities = CodeSet.empty();
    private @Nullable String actionsTaken;
    private @Nullable Awareness personAware;
    private @Nullable Awareness parentsAware;
    private @Nullable String referrerName;
    private @Nullable String referrerRole;
    private @Nullable String referrerOrganisation;
    private @Nullable String referrerSector;
    private @Nullable String referrerEmail;
    private @Nullable String referrerPhone;
    private @Nullable String ethnicity;
    private @Nullable String religion;

    /** Starts from what the answers already say. */
    public static AnswersBuilder from(Answers answers) {
        var builder = new AnswersBuilder();
        builder.immediateRisk = answers.immediateRisk();
        builder.givenName = answers.givenName();
        builder.familyName = answers.familyName();
        builder.aliases = answers.aliases();
        builder.dateOfBirth = answers.dateOfBirth();
        builder.approximateAge = answers.approximateAge();
        builder.sex = answers.sex();
        builder.address = answers.address();
        builder.postcode = answers.postcode();
        builder.educationOrEmployment = answers.educationOrEmployment();
        builder.languages = answers.languages();
        builder.interpreterNeeded = answers.interpreterNeeded();
        builder.household = answers.household();
        builder.agencies = answers.agencies();
        builder.summary = answers.summary();
        builder.whenSeen = answers.whenSeen();
        builder.whereSeen = answers.whereSeen();
        builder.seenBy = answers.seenBy();
        builder.indicators = answers.indicators();
        builder.otherIndicator = answers.otherIndicator();
        builder.onlineActivity = answers.onlineActivity();
        builder.typeOfConcern = answers.typeOfConcern();
        builder.typeOfConcernNotSure = answers.typeOfConcernNotSure();
        builder.vulnerabilities = answers.vulnerabilities();
        builder.actionsTaken = answers.actionsTaken();
        builder.personAware = answers.personAware();
        builder.parentsAware = answers.parentsAware();
        builder.referrerName = answers.referrerName();
        builder.referrerRole = answers.referrerRole();
        builder.referrerOrganisation = answers.referrerOrganisation();
        builder.referrerSector = answers.referrerSector();
        builder.referrerEmail = answers.referrerEmail();
        builder.referrerPhone = answers.referrerPhone();
        builder.ethnicity = answers.ethnicity();
        builder.religion = answers.religion();
        return builder;
    }

    public AnswersBuilder immediateRisk(@Nullable Boolean immediateRisk) {
        this.immediateRisk = immediateRisk;
        return this;
    }

    public AnswersBuilder givenName(@Nullable String givenName) {
        this.givenName = givenName;
        return this;
    }

    public AnswersBuilder familyName(@Nullable String familyName) {
        this.familyName = familyName;
        return this;
    }

    public AnswersBuilder aliases(@Nullable String aliases) {
        this.aliases = aliases;
        return this;
    }

    public AnswersBuilder dateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    public AnswersBuilder approximateAge(@Nullable Integer approximateAge) {
        this.approximateAge = approximateAge;
        return this;
    }

    public AnswersBuilder sex(@Nullable Sex sex) {
        this.sex = sex;
        return this;
    }

    public AnswersBuilder address(@Nullable String address) {
        this.address = address;
        return this;
    }

    public AnswersBuilder postcode(@Nullable String postcode) {
        this.postcode = postcode;
        return this;
    }

    public AnswersBuilder educationOrEmployment(@Nullable String educationOrEmployment) {
        this.educationOrEmployment = educationOrEmployment;
        return this;
    }

    public AnswersBuilder languages(@Nullable String languages) {
        this.languages = languages;
        return this;
    }

    public AnswersBuilder interpreterNeeded(@Nullable Boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
        return this;
    }

    public AnswersBuilder household(List<Answers.HouseholdMember> household) {
        this.household = household;
        return this;
    }

    public AnswersBuilder agencies(List<Answers.Agency> agencies) {
        this.agencies = agencies;
        return this;
    }

    public AnswersBuilder summary(@Nullable String summary) {
        this.summary = summary;
        return this;
    }

    public AnswersBuilder whenSeen(@Nullable String whenSeen) {
        this.whenSeen = whenSeen;
        return this;
    }

    public AnswersBuilder whereSeen(@Nullable String whereSeen) {
        this.whereSeen = whereSeen;
        return this;
    }

    public AnswersBuilder seenBy(@Nullable String seenBy) {
        this.seenBy = seenBy;
        return this;
    }

    public AnswersBuilder indicators(CodeSet indicators) {
        this.indicators = indicators;
        return this;
    }

    public AnswersBuilder otherIndicator(@Nullable String otherIndicator) {
        this.otherIndicator = otherIndicator;
        return this;
    }

    public AnswersBuilder onlineActivity(@Nullable String onlineActivity) {
        this.onlineActivity = onlineActivity;
        return this;
    }

    public AnswersBuilder typeOfConcern(@Nullable String typeOfConcern) {
        this.typeOfConcern = typeOfConcern;
        return this;
    }

    public AnswersBuilder typeOfConcernNotSure(boolean typeOfConcernNotSure) {
        this.typeOfConcernNotSure = typeOfConcernNotSure;
        return this;
    }

    public AnswersBuilder vulnerabilities(CodeSet vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
        return this;
    }

    public AnswersBuilder actionsTaken(@Nullable String actionsTaken) {
        this.actionsTaken = actionsTaken;
        return this;
    }

    public AnswersBuilder personAware(@Nullable Awareness personAware) {
        this.personAware = personAware;
        return this;
    }

    public AnswersBuilder parentsAware(@Nullable Awareness parentsAware) {
        this.parentsAware = parentsAware;
        return this;
    }

    public AnswersBuilder referrerName(@Nullable String referrerName) {
        this.referrerName = referrerName;
        return this;
    }

    public AnswersBuilder referrerRole(@Nullable String referrerRole) {
        this.referrerRole = referrerRole;
        return this;
    }

    public AnswersBuilder referrerOrganisation(@Nullable String referrerOrganisation) {
        this.referrerOrganisation = referrerOrganisation;
        return this;
    }

    public AnswersBuilder referrerSector(@Nullable String referrerSector) {
        this.referrerSector = referrerSector;
        return this;
    }

    public AnswersBuilder referrerEmail(@Nullable String referrerEmail) {
        this.referrerEmail = referrerEmail;
        return this;
    }

    public AnswersBuilder referrerPhone(@Nullable String referrerPhone) {
        this.referrerPhone = referrerPhone;
        return this;
    }

    public AnswersBuilder ethnicity(@Nullable String ethnicity) {
        this.ethnicity = ethnicity;
        return this;
    }

    public AnswersBuilder religion(@Nullable String religion) {
        this.religion = religion;
        return this;
    }

    public Answers build() {
        return new Answers(
                immediateRisk,
                givenName,
                familyName,
                aliases,
                dateOfBirth,
                approximateAge,
                sex,
                address,
                postcode,
                educationOrEmployment,
                languages,
                interpreterNeeded,
                household,
                agencies,
                summary,
                whenSeen,
                whereSeen,
                seenBy,
                indicators,
                otherIndicator,
                onlineActivity,
                typeOfConcern,
                typeOfConcernNotSure,
                vulnerabilities,
                actionsTaken,
                personAware,
                parentsAware,
                referrerName,
                referrerRole,
                referrerOrganisation,
                referrerSector,
                referrerEmail,
                referrerPhone,
                ethnicity,
                religion);
    }
}
