package org.preventduty.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whether a case is restricted, and who besides the Prevent leads may see it. */
class RestrictionForm {

    @NotBlank(message = "{restriction.choice.blank}")
    @Pattern(regexp = "yes|no", message = "{restriction.choice.blank}")
    private @Nullable String restricted;

    private List<String> named = new ArrayList<>();

    /** The people named, leaving out anything that is no id. */
    List<UUID> namedIds() {
        var ids = new ArrayList<UUID>();
        for (var value : named) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // Not an id: nobody is named by it.
            }
        }
        return ids;
    }

    public @Nullable String getRestricted() {
        return restricted;
    }

    public void setRestricted(@Nullable String restricted) {
        this.restricted = restricted;
    }

    public List<String> getNamed() {
        return named;
    }

    public void setNamed(List<String> named) {
        this.named = named;
    }
}
