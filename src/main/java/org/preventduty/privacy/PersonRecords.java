package org.preventduty.privacy;

import java.util.Optional;
import java.util.UUID;

/** Who a person of a council is, for the privacy pages; the module that keeps people declares it as a bean. */
public interface PersonRecords {

    /** The person's name, given name first, or empty when the council has no such person. */
    Optional<String> name(UUID tenant, UUID personId);

    /** Deletes the person and everything that names them, once no module keeps anything about them. */
    void erase(UUID tenant, UUID personId);
}
