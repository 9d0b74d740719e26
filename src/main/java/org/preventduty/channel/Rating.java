package org.preventduty.channel;

/** How strongly a factor of an assessment framework is present. */
public enum Rating {
    NOT_KNOWN,
    NOT_PRESENT,
    SOME,
    SIGNIFICANT
}
