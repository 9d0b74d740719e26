package org.preventduty.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules know about an organisation of the partner register, shown on its page: for example how many
 * accredited trainers it has. Asked inside a transaction scoped to the council.
 */
public interface OrganisationFacts {

    /** The facts about the organisation of the council with this name, on a day. */
    List<Fact> facts(TenantId tenant, String organisation, LocalDate on);

    /**
     * A fact.
     *
     * @param label what it is, such as {@code Accredited trainers}.
     * @param value its value, such as {@code 2}.
     */
    record Fact(String label, String value) {}
}
