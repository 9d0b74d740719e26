package org.preventduty.identity;

import java.util.List;

/**
 * A module's contribution to the home page: the cards it offers an actor, according to their roles. Declare one as a
 * bean; the home page shows the cards of every module.
 */
@FunctionalInterface
public interface HomeCards {

    List<HomeCard> cardsFor(Actor actor);
}
