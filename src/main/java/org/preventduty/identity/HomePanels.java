package org.preventduty.identity;

import java.util.List;

/**
 * A module's contribution to the top of the home page: the panels of what needs an actor's attention, according to
 * their roles. Declare one as a bean; the home page shows the panels of every module above the cards.
 */
@FunctionalInterface
public interface HomePanels {

    List<HomePanel> panelsFor(Actor actor);
}
