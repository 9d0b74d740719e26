package org.preventduty.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.web.QuestionPage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every risk page needs: today in London, whether the reader may change things, the scales, the question page. */
@Component
class RiskPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CurrentActor actors;
    private final RiskSettings settings;
    private final Clock clock;

    RiskPages(CurrentActor actors, RiskSettings settings, Clock clock) {
        this.actors = actors;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Whether the person may change the assessment, register and plan: delivery officers and Prevent leads. */
    boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    /** The names of the council's five likelihood ratings, from 1 to 5. */
    List<String> likelihoodLabels() {
        return settings.likelihoodLabels();
    }

    /** The names of the council's five impact ratings, from 1 to 5. */
    List<String> impactLabels() {
        return settings.impactLabels();
    }

    /** The council's likelihood scale, 1 to 5, each with its label. */
    Map<Integer, String> likelihoods() {
        return scale(settings.likelihoodLabels());
    }

    /** The council's impact scale, 1 to 5, each with its label. */
    Map<Integer, String> impacts() {
        return scale(settings.impactLabels());
    }

    private static Map<Integer, String> scale(List<String> labels) {
        var scale = new LinkedHashMap<Integer, String>();
        for (var i = 0; i < labels.size(); i++) {
            scale.put(i + 1, (i + 1) + ": " + labels.get(i));
        }
        return scale;
    }

    /** A question page whose fields are a fragment of {@code risk/forms}. */
    String question(Model model, String heading, @Nullable String caption, String back, String action, String fields) {
        return new QuestionPage(heading, null, caption, back, action, "risk/forms :: " + fields).show(model);
    }
}
