package org.preventduty.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A module's part of a person's subject access export: everything it holds about them, as data for the JSON file and
 * as sections the person reads in the PDF, leaving out what the Prevent lead chose to withhold. Every module that keeps
 * personal data about people referred declares one as a bean.
 */
public interface SubjectAccessPart {

    /** A line of a readable section: what it is, and its value. */
    record Item(String label, String value) {}

    /** A section of the readable export, such as one referral. */
    record Section(String title, List<Item> items) {}

    /**
     * A module's part.
     *
     * @param module the module's name, the key of its part in the JSON file.
     * @param data what it holds, as the JSON file gives it.
     * @param sections the same, to read, in the reader's language.
     */
    record Part(String module, Object data, List<Section> sections) {}

    /** The module's part about a person of a council, without what is withheld. */
    Part part(UUID tenant, UUID personId, Set<Withholding> withheld, Locale locale);
}
