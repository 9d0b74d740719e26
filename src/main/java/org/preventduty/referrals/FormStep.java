package org.preventduty.referrals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The pages of the referral form, in order, each with the fields it binds. */
enum FormStep {
    IMMEDIATE_DANGER("immediate-danger", "immediateRisk"),
    NAME("name", "givenName", "familyName", "aliases"),
    DATE_OF_BIRTH("date-of-birth", "dateOfBirthDay", "dateOfBirthMonth", "dateOfBirthYear", "approximateAge"),
    SEX("sex", "sex"),
    ADDRESS("address", "address", "postcode"),
    SCHOOL_OR_WORK("school-or-work", "educationOrEmployment"),
    LANGUAGE("language", "languages", "interpreterNeeded"),
    HOUSEHOLD(
            "household",
            "memberName",
            "memberRelationship",
            "memberDateOfBirthDay",
            "memberDateOfBirthMonth",
            "memberDateOfBirthYear"),
    AGENCIES("agencies", "agencyName", "agencyContact"),
    CONCERN("concern", "summary"),
    WHEN_AND_WHERE("when-and-where", "whenSeen", "whereSeen", "seenBy"),
    INDICATORS("indicators", "indicators", "otherIndicator"),
    ONLINE_ACTIVITY("online-activity", "onlineActivity"),
    TYPE_OF_CONCERN("type-of-concern", "typeOfConcern"),
    VULNERABILITIES("vulnerabilities", "vulnerabilities"),
    ACTIONS_TAKEN("actions-taken", "actionsTaken"),
    AWARENESS("awareness", "personAware", "parentsAware"),
    YOUR_DETAILS("your-details", "referrerName", "referrerRole", "referrerOrganisation", "referrerSector"),
    YOUR_CONTACT_DETAILS("your-contact-details", "referrerEmail", "referrerPhone"),
    EQUALITY("equality", "ethnicity", "religion"),
    ATTACHMENTS("attachments"),
    CHECK_ANSWERS("check-answers");

    private final String slug;
    private final List<String> fields;

    FormStep(String slug, String... fields) {
        this.slug = slug;
        this.fields = List.of(fields);
    }

    String slug() {
        return slug;
    }

    String[] fields() {
        var all = new String[fields.size() + 1];
        for (int i = 0; i < fields.size(); i++) {
            all[i] = fields.get(i);
        }
        all[fields.size()] = "version";
        return all;
    }

    static Optional<FormStep> of(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    FormStep next() {
        return this == CHECK_ANSWERS ? CHECK_ANSWERS : values()[ordinal() + 1];
    }

    FormStep previous() {
        return this == IMMEDIATE_DANGER ? IMMEDIATE_DANGER : values()[ordinal() - 1];
    }

    /** The number of the page, counting from 1. */
    int number() {
        return ordinal() + 1;
    }
}
