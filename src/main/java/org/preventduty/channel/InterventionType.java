package org.preventduty.channel;

/** The kinds of Channel support. */
public enum InterventionType {
    IDEOLOGICAL_MENTORING,
    EDUCATION_OR_TRAINING,
    CAREERS,
    MENTAL_HEALTH,
    FAMILY_SUPPORT,
    DIVERSIONARY_ACTIVITY,
    LIFE_SKILLS,
    HOUSING,
    OTHER
}
