package org.preventduty.identity;

/** The regions of England, and Wales, in which a tenant lies; national statistics can be narrowed to one. */
public enum Region {
    NORTH_EAST,
    NORTH_WEST,
    YORKSHIRE_AND_THE_HUMBER,
    EAST_MIDLANDS,
    WEST_MIDLANDS,
    EAST_OF_ENGLAND,
    LONDON,
    SOUTH_EAST,
    SOUTH_WEST,
    WALES
}
