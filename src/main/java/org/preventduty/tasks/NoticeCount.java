package org.preventduty.tasks;

import org.preventduty.identity.CurrentActor;
import org.springframework.stereotype.Component;

/** The count of unread notifications the header shows, as {@code @noticeCount.unread()}; none before signing in. */
@Component("noticeCount")
public class NoticeCount {

    private final Notifications notifications;
    private final CurrentActor actors;

    NoticeCount(Notifications notifications, CurrentActor actors) {
        this.notifications = notifications;
        this.actors = actors;
    }

    public long unread() {
        var actor = actors.current();
        if (actor.isEmpty()
                || actor.get().tenantId() == null
                || actor.get().kind() != org.preventduty.identity.Actor.Kind.USER) {
            return 0;
        }
        return notifications.unread();
    }
}
