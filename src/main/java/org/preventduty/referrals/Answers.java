package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a referrer tells about a concern, as the referral form and the API collect it. Every part may be missing
 * in a draft; {@link ReferralManagement#submit} says which parts a referral needs.
 *
 * @param immediateRisk whether anyone is in immediate danger.
 * @param givenName the given name(s) of the person.
 * @param familyName the family name.
 * @param aliases other names the person is known by, one per line.
 * @param dateOfBirth the date of birth, when known.
 * @param approximateAge the approximate age in years, when the date of birth is not known.
 * @param sex the person's sex.
 * @param address the address.
 * @param postcode the postcode.
 * @param educationOrEmployment the school, college or employer.
 * @param languages the languages the person speaks.
 * @param interpreterNeeded whether an interpreter is needed.
 * @param household the members of the household.
 * @param agencies other agencies already involved.
 * @param summary what was seen or heard.
 * @param whenSeen when.
 * @param whereSeen where.
 * @param seenBy by whom.
 * @param indicators the indicators seen, codes of the INDICATOR list.
 * @param otherIndicator the other indicator, described.
 * @param onlineActivity online activity.
 * @param typeOfConcern the ideology or cause as the referrer understands it, a code of the current TYPE_OF_CONCERN
 *     list; {@literal null} when they are not sure.
 * @param typeOfConcernNotSure whether the referrer said they are not sure of the type of concern.
 * @param vulnerabilities other vulnerabilities, codes of the VULNERABILITY list.
 * @param actionsTaken what has been done so far.
 * @param personAware whether the person knows of the referral.
 * @param parentsAware whether the parents know, for a child.
 * @param referrerName the referrer's name.
 * @param referrerRole their role.
 * @param referrerOrganisation their organisation.
 * @param referrerSector their sector, a code of the SECTOR list.
 * @param referrerEmail their email.
 * @param referrerPhone their telephone.
 * @param ethnicity for equality monitoring only, a code of the ETHNICITY list.
 * @param religion for equality monitoring only, a code of the RELIGION list.
 */
public record Answers(
        @Nullable Boolean immediateRisk,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String aliases,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer approximateAge,
        @Nullable Sex sex,
        @Nullable String address,
        @Nullable String postcode,
        @Nullable String educationOrEmployment,
        @Nullable String languages,
        @Nullable Boolean interpreterNeeded,
        List<HouseholdMember> household,
        List<Agency> agencies,
        @Nullable String summary,
        @Nullable String whenSeen,
        @Nullable String whereSeen,
        @Nullable String seenBy,
        CodeSet indicators,
        @Nullable String otherIndicator,
        @Nullable String onlineActivity,
        @Nullable String typeOfConcern,
        boolean typeOfConcernNotSure,
        CodeSet vulnerabilities,
        @Nullable String actionsTaken,
        @Nullable Awareness personAware,
        @Nullable Awareness parentsAware,
        @Nullable String referrerName,
        @Nullable String referrerRole,
        @Nullable String referrerOrganisation,
        @Nullable String referrerSector,
        @Nullable String referrerEmail,
        @Nullable String referrerPhone,
        @Nullable String ethnicity,
        @Nullable String religion) {

    public Answers {
        household = household == null ? List.of() : List.copyOf(household);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        indicators = indicators == null ? CodeSet.empty() : indicators;
        vulnerabilities = vulnerabilities == null ? CodeSet.empty() : vulnerabilities;
    }

    /** No answers yet. */
    public static Answers none() {
        return new Answers(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                CodeSet.empty(),
                null,
                null,
                null,
                false,
                CodeSet.empty(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A member of the household.
     *
     * @param name their name.
     * @param relationship how they are related to the person.
     * @param dateOfBirth their date of birth, when known.
     */
    public record HouseholdMember(
            String name,
            @Nullable String relationship,
            @Nullable LocalDate dateOfBirth) {}

    /**
     * An agency already involved.
     *
     * @param name the agency.
     * @param contact who to contact there, and how.
     */
    public record Agency(String name, @Nullable String contact) {}
}
