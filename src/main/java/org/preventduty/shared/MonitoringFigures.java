package org.preventduty.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures a module gives to the quarterly monitoring return of a council. Each module that holds something the return
 * reports (staff trained, sessions delivered, projects' outputs, engagement, panel meetings) provides a bean; the
 * return asks each for a period, inside a transaction scoped to the council.
 */
public interface MonitoringFigures {

    /** The figures of a council over a period (both days included), in the order they are shown. */
    List<Figure> figures(TenantId tenant, LocalDate from, LocalDate to);

    /** The order of this module's section in the return: lower first. */
    int order();

    /**
     * A figure of the return.
     *
     * @param section the section it belongs to, such as {@code Training}.
     * @param label what it counts.
     * @param value the count.
     * @param countOfPeople whether it counts people, so that small counts are suppressed when published.
     */
    record Figure(String section, String label, long value, boolean countOfPeople) {}
}
