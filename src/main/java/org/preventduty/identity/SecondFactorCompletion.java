package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Once the second factor is given: adds it to the user's authentication, gives the session a new id, and says where
 * the user goes next.
 */
@Component
class SecondFactorCompletion {

    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SecondFactorCompletion(Clock clock) {
        this.clock = clock;
    }

    /** Completes sign-in and returns the address to go on to. */
    String complete(Authentication current, HttpServletRequest request, HttpServletResponse response) {
        var upgraded = withSecondFactorAt(current, clock.instant());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (current.getPrincipal() instanceof SignedInUser user && user.severalCouncils()) {
            // A user of several councils chooses first; the page they were going to is of one council.
            requests.removeRequest(request, response);
            return "/account/council";
        }
        var saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            var url = saved.getRedirectUrl();
            var base = request.getScheme() + "://" + request.getServerName();
            // Only go back to a page of this service.
            if (url.startsWith(base)) {
                var path = java.net.URI.create(url).getRawPath();
                var query = withoutContinue(java.net.URI.create(url).getRawQuery());
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return path + (query == null ? "" : "?" + query);
                }
            }
        }
        return "/home";
    }

    /** The authentication with its second factor given at a time, in place of any earlier one: at sign-in, at step-up. */
    static Authentication withSecondFactorAt(Authentication current, java.time.Instant at) {
        var authorities = new ArrayList<GrantedAuthority>();
        current.getAuthorities().stream()
                .filter(a -> !SecondFactorPolicy.TOTP_AUTHORITY.equals(a.getAuthority()))
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorPolicy.TOTP_AUTHORITY)
                .issuedAt(at)
                .build());
        var upgraded = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
        upgraded.setDetails(current.getDetails());
        return upgraded;
    }

    // The request cache marks the address it saved with a "continue" parameter; it is not part of the page.
    private static String withoutContinue(String query) {
        if (query == null) {
            return null;
        }
        var kept = java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.equals("continue") && !part.startsWith("continue="))
                .toList();
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
