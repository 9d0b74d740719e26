package org.preventduty.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout shows on every page, error pages included: the demo banner, the signed-in user and tenant, the
 * session timeout, the nonce of the page's scripts. Used in templates as {@code @layout.signedIn()} and so on.
 */
@Component("layout")
public class Layout {

    private final DemoMode demo;
    private final IdentitySettings settings;
    private final SecondFactorPolicy policy;

    Layout(DemoMode demo, IdentitySettings settings, SecondFactorPolicy policy) {
        this.demo = demo;
        this.settings = settings;
        this.policy = policy;
    }

    public boolean demoMode() {
        return demo.isOn();
    }

    public @Nullable String cspNonce() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? (String) attributes.getRequest().getAttribute("cspNonce")
                : null;
    }

    /** Whether someone has signed in, with at least their password. */
    public boolean signedIn() {
        return user() != null;
    }

    /** Whether the signed-in user has given every factor they must. */
    public boolean fullySignedIn() {
        var user = user();
        if (user == null) {
            return false;
        }
        var secondFactorGiven = authentication().getAuthorities().stream()
                .anyMatch(a -> SecondFactorPolicy.TOTP_AUTHORITY.equals(a.getAuthority()));
        return secondFactorGiven || !policy.requiredFor(user);
    }

    /** Whether the header offers to find a case: to the signed-in roles that may see Channel cases. */
    public boolean findsCases() {
        if (!fullySignedIn()) {
            return false;
        }
        return authentication().getAuthorities().stream().anyMatch(a -> CASE_ROLES.contains(a.getAuthority()));
    }

    private static final java.util.Set<String> CASE_ROLES = java.util.Set.of(
            "ROLE_" + Role.PREVENT_LEAD.name(),
            "ROLE_" + Role.CHANNEL_CHAIR.name(),
            "ROLE_" + Role.PANEL_MEMBER.name(),
            "ROLE_" + Role.CASE_WORKER.name());

    public @Nullable String signedInName() {
        var user = user();
        return user == null ? null : user.displayName();
    }

    public @Nullable String tenantName() {
        var user = user();
        return user == null ? null : user.tenantName();
    }

    /** Whether the signed-in person is a user of several councils, and so is offered to switch. */
    public boolean switchesCouncil() {
        var user = user();
        return user != null && user.severalCouncils() && fullySignedIn();
    }

    public long sessionTimeoutSeconds() {
        return settings.idleTimeout().toSeconds();
    }

    public long sessionWarningSeconds() {
        return settings.idleWarning().toSeconds();
    }

    private static @Nullable Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static @Nullable SignedInUser user() {
        var authentication = authentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
