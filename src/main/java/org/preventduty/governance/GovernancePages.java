package org.preventduty.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.web.QuestionPage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every governance page needs: today in London, whether the reader may change things, the question page. */
@Component
class GovernancePages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CurrentActor actors;
    private final Clock clock;

    GovernancePages(CurrentActor actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Whether the person may change governance records: delivery officers and Prevent leads. */
    boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    /**
     * A question page: its heading (a message key, with an argument or none), the record it is about as a caption, the
     * page to go back to, where the form posts, and which fields it asks (a fragment of {@code governance/forms}).
     */
    String question(
            Model model,
            String heading,
            @Nullable Object headingArg,
            @Nullable String caption,
            String back,
            String action,
            String fields) {
        model.addAttribute("frequencies", GovernanceRules.Frequency.values());
        model.addAttribute("responses", GovernanceRules.Response.values());
        model.addAttribute("statuses", GovernanceRules.Status.values());
        return new QuestionPage(heading, headingArg, caption, back, action, "governance/forms :: " + fields)
                .show(model);
    }
}
