package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.SecretBox;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's sessions, on every node: listed on their account page (device, address, since when) and ended one at a
 * time by the person, or all at once when their access changes.
 */
@Component
class UserSessions {

    static final String DEVICE = "pdm.device";
    static final String ADDRESS = "pdm.address";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * One of a person's sessions, named by a handle that is not its id (a session id is a key to the session, and is
     * never shown).
     */
    record ActiveSession(
            String handle,
            String device,
            @Nullable String address,
            Instant since,
            Instant lastActive,
            boolean current) {}

    /** Ends all sessions of the user and returns how many there were. */
    int endAll(UUID userId) {
        var found = sessions.findByPrincipalName(userId.toString());
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }

    /** How many sessions the user has now. */
    int count(UUID userId) {
        return sessions.findByPrincipalName(userId.toString()).size();
    }

    /** The user's sessions, the most recently used first, with the one of this request marked. */
    List<ActiveSession> list(UUID userId, @Nullable String currentSessionId) {
        return sessions.findByPrincipalName(userId.toString()).values().stream()
                .map(session -> {
                    Instant since = session.getAttribute(SignInSuccess.SIGNED_IN_AT);
                    String device = session.getAttribute(DEVICE);
                    return new ActiveSession(
                            handle(session.getId()),
                            device == null ? "" : device,
                            session.getAttribute(ADDRESS),
                            since == null ? session.getCreationTime() : since,
                            session.getLastAccessedTime(),
                            session.getId().equals(currentSessionId));
                })
                .sorted(Comparator.comparing(ActiveSession::lastActive).reversed())
                .toList();
    }

    /**
     * Ends one of the user's other sessions.
     *
     * @return false when the user has no such session, or it is the one of this request (signing out ends that).
     */
    boolean end(UUID userId, String handle, @Nullable String currentSessionId) {
        var found = sessions.findByPrincipalName(userId.toString()).keySet().stream()
                .filter(id -> handle(id).equals(handle) && !id.equals(currentSessionId))
                .findFirst();
        found.ifPresent(sessions::deleteById);
        return found.isPresent();
    }

    /** Notes on a new session the device and address it was started from. */
    static void describe(HttpServletRequest request) {
        var session = request.getSession();
        session.setAttribute(DEVICE, device(request.getHeader("User-Agent")));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
    }

    private static String handle(String sessionId) {
        return SecretBox.sha256Hex("session:" + sessionId).substring(0, 24);
    }

    /** The browser and system a User-Agent names, in the words a person knows them by; empty when it names neither. */
    static String device(@Nullable String userAgent) {
        if (userAgent == null) {
            return "";
        }
        var agent = userAgent.toLowerCase(Locale.ROOT);
        String browser;
        if (agent.contains("edg/")) {
            browser = "Edge";
        } else if (agent.contains("firefox/")) {
            browser = "Firefox";
        } else if (agent.contains("chrome/") || agent.contains("crios/") || agent.contains("chromium/")) {
            browser = "Chrome";
        } else if (agent.contains("safari/")) {
            browser = "Safari";
        } else {
            browser = null;
        }
        String system;
        if (agent.contains("windows")) {
            system = "Windows";
        } else if (agent.contains("iphone") || agent.contains("ipad")) {
            system = "iOS";
        } else if (agent.contains("android")) {
            system = "Android";
        } else if (agent.contains("mac os x") || agent.contains("macintosh")) {
            system = "macOS";
        } else if (agent.contains("cros")) {
            system = "ChromeOS";
        } else if (agent.contains("linux")) {
            system = "Linux";
        } else {
            system = null;
        }
        if (browser == null && system == null) {
            return "";
        }
        if (browser == null) {
            return system;
        }
        return system == null ? browser : browser + " / " + system;
    }
}
