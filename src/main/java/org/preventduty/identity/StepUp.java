package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor asked for again before a sensitive action (an export of a person's records, break-glass, a change
 * of the retention schedule) when the last was given more than {@link #REMEMBERED} ago: a code from the signed-in
 * person's authenticator app, checked and throttled as at sign-in. The time of the last second factor is that of its
 * factor authority in the person's authentication, renewed by each code given here.
 */
@Service
public class StepUp {

    /** How long a second factor given stands for the next sensitive action. */
    public static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final Credentials credentials;
    private final Clock clock;

    StepUp(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Whether the signed-in person gave their second factor less than {@link #REMEMBERED} ago, so is not asked again. */
    public boolean recent() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        var since = clock.instant().minus(REMEMBERED);
        return authentication.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority)
                .map(a -> (FactorGrantedAuthority) a)
                .anyMatch(factor -> SecondFactorPolicy.TOTP_AUTHORITY.equals(factor.getAuthority())
                        && factor.getIssuedAt().isAfter(since));
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
        if (!credentials.isEnrolled(user)) {
            return Result.NO_SECOND_FACTOR;
        }
        if (recent()) {
            return Result.CONFIRMED;
        }
        if (code == null || code.isBlank()) {
            return Result.WRONG_CODE;
        }
        if (!credentials.verify(user, code.strip(), address())) {
            return Result.WRONG_CODE;
        }
        renew(authentication);
        return Result.CONFIRMED;
    }

    /** Notes in the person's session that they gave their second factor now. */
    private void renew(Authentication current) {
        var renewed = SecondFactorCompletion.withSecondFactorAt(current, clock.instant());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
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
