package org.preventduty.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The administrator's cards on the home page, and everyone's account card. */
@Component
class IdentityHomeCards implements HomeCards {

    @Override
    public List<HomeCard> cardsFor(Actor actor) {
        var cards = new ArrayList<HomeCard>();
        if (actor.has(Role.TENANT_ADMIN)) {
            cards.add(new HomeCard("home.users", "home.users.description", "/admin/users", 800));
            cards.add(new HomeCard("home.apiKeys", "home.apiKeys.description", "/admin/api-keys", 810));
        }
        if (actor.hasAny(Role.TENANT_ADMIN, Role.PREVENT_LEAD)) {
            cards.add(new HomeCard("home.accessGrants", "home.accessGrants.description", "/admin/access-grants", 820));
        }
        cards.add(new HomeCard("home.account", "home.account.description", "/account", 1000));
        return cards;
    }
}
