package org.preventduty.partners;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.shared.web.DateInput;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.QuestionPage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What every partners page needs: today in London, whether the reader may change things, the question page, and the
 * reading of days and amounts as typed. The module checks every answer itself and names the field of each problem, so
 * a form here only reads what was typed: a day that is not a real one, or a choice that is not offered, is named
 * before the module is asked.
 */
@Component
class PartnersPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CurrentActor actors;
    private final Clock clock;

    PartnersPages(CurrentActor actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Whether the person may change partner records: delivery officers and Prevent leads. */
    boolean writer() {
        return actors.require().hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
    }

    /**
     * The day typed in a date input, or {@literal null} when nothing was typed (the module says whether it is needed);
     * a day that is incomplete or not real is named on its field.
     */
    static @Nullable LocalDate day(Errors errors, String field, DateInput input) {
        return FormErrors.optionalDay(errors, field, input, "date");
    }

    /** An amount as typed: empty is none; anything not money is -1, which the module refuses as not an amount. */
    static @Nullable BigDecimal pounds(@Nullable String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    /** A question page whose fields are a fragment of {@code partners/forms}. */
    String question(Model model, String heading, @Nullable String caption, String back, String action, String fields) {
        return new QuestionPage(heading, null, caption, back, action, "partners/forms :: " + fields).show(model);
    }
}
