package org.preventduty.partners;

/** The kinds of organisation a council works with under the Prevent duty. */
public enum OrganisationType {
    SCHOOL,
    COLLEGE,
    UNIVERSITY,
    EARLY_YEARS,
    NHS_TRUST,
    INTEGRATED_CARE_BOARD,
    POLICE,
    PROBATION,
    PRISON,
    HOUSING,
    VOLUNTARY_OR_COMMUNITY,
    FAITH_ORGANISATION,
    BUSINESS,
    OTHER
}
