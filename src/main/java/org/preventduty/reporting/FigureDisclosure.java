package org.preventduty.reporting;

import java.util.ArrayList;
import java.util.List;
import org.preventduty.governance.CountDisclosure;
import org.preventduty.shared.TenantId;
import org.springframework.stereotype.Service;

/**
 * Disclosure control for other modules' figures, with the council's own settings: counts of people from 1 to below the
 * threshold are shown as {@code [c]}, and, when a group of counts has a total, enough further counts are suppressed that
 * none of them can be worked out from the total.
 */
@Service
public class FigureDisclosure implements CountDisclosure {

    private final DisclosureSettings settings;

    FigureDisclosure(DisclosureSettings settings) {
        this.settings = settings;
    }

    /**
     * Protects counts that add up to a total (the last value given); a single count is given alone.
     *
     * @return each count as published: a number as text, or {@code [c]}.
     */
    @Override
    public List<String> protect(TenantId tenant, List<Long> counts, boolean lastIsTotal) {
        var values = counts.stream().mapToLong(Long::longValue).toArray();
        var sums = new ArrayList<DisclosureControl.Sum>();
        if (lastIsTotal && values.length > 1) {
            var parts = new int[values.length - 1];
            for (var i = 0; i < parts.length; i++) {
                parts[i] = i;
            }
            sums.add(new DisclosureControl.Sum(parts, values.length - 1));
        }
        var published = DisclosureControl.protect(values, sums, settings.of(tenant));
        var shown = new ArrayList<String>();
        for (var i = 0; i < values.length; i++) {
            shown.add(String.valueOf(published.shown(i)));
        }
        return shown;
    }
}
