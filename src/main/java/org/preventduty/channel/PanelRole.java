package org.preventduty.channel;

/** The roles on a Channel panel. */
public enum PanelRole {
    CHAIR,
    POLICE_CT,
    CHILDRENS_SOCIAL_CARE,
    ADULT_SOCIAL_CARE,
    HEALTH,
    MENTAL_HEALTH,
    EDUCATION,
    PROBATION,
    HOUSING,
    OTHER
}
