package org.preventduty.shared.web;

import java.io.IOException;

/** A request body went past the most its endpoint accepts while it was read. */
public final class BodyTooLarge extends IOException {

    private final long limit;

    BodyTooLarge(long limit) {
        super("The request body is larger than " + RequestSizeLimitFilter.describe(limit) + ".");
        this.limit = limit;
    }

    /** The most the endpoint accepts, in bytes. */
    public long limit() {
        return limit;
    }

    /** The body-too-large cause of an exception, if it has one. */
    static java.util.Optional<BodyTooLarge> in(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLarge found) {
                return java.util.Optional.of(found);
            }
        }
        return java.util.Optional.empty();
    }
}
