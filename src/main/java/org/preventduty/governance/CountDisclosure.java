package org.preventduty.governance;

import java.util.List;
import org.preventduty.shared.TenantId;

/**
 * Disclosure control of the counts of people a monitoring return publishes, with the council's own settings: implemented
 * by the module that keeps those settings, so that governance needs nothing of it but this.
 */
public interface CountDisclosure {

    /**
     * Protects counts that add up to a total (the last value given); a single count is given alone.
     *
     * @return each count as published: a number as text, or {@code [c]}.
     */
    List<String> protect(TenantId tenant, List<Long> counts, boolean lastIsTotal);
}
