package org.preventduty.identity;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user at once, on every node, when their access changes. */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

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
}
