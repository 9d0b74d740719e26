package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor asked for again before a sensitive action (a change of the retention schedule): a code from the
 * signed-in person's authenticator app, checked and throttled as at sign-in.
 */
@Service
public class StepUp {

    private final Credentials credentials;

    StepUp(Credentials credentials) {
        this.credentials = credentials;
    }

    /** What became of the code. */
    public enum Result {
        CONFIRMED,
        WRONG_CODE,
        NO_SECOND_FACTOR,
        NOT_A_PERSON
    }

    /** Checks a code of the signed-in person's second factor. */
    public Result confirm(@Nullable String code) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return Result.NOT_A_PERSON;
        }
        if (!credentials.isEnrolled(user.userId())) {
            return Result.NO_SECOND_FACTOR;
        }
        if (code == null || code.isBlank()) {
            return Result.WRONG_CODE;
        }
        return credentials.verify(user, code.strip(), address()) ? Result.CONFIRMED : Result.WRONG_CODE;
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? remote(attributes.getRequest())
                : "";
    }

    private static String remote(HttpServletRequest request) {
        var address = request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
