package org.preventduty.privacy;

/**
 * What a Prevent lead may withhold from a subject access export, each with the exemption of the Data Protection Act
 * 2018 it relies on; the export records what was withheld and why.
 */
public enum Withholding {
    /** Who made the referral: information identifying another person (Sch 2 Pt 3 para 16). */
    REFERRER_IDENTITY,
    /** Other people named: household members, agencies' contacts (Sch 2 Pt 3 para 16). */
    OTHER_PEOPLE,
    /** Information from the police, whose disclosure would prejudice the prevention of crime (Sch 2 Pt 1 para 2). */
    POLICE_INFORMATION
}
