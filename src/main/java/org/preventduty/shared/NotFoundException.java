package org.preventduty.shared;

/**
 * Thrown when a record does not exist or is not visible to the caller; both answer 404 so that the existence of
 * another tenant's record is never revealed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
