package org.preventduty.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskRules.Rag;
import org.preventduty.risk.RiskRules.ToolkitSection;

/** A rating of a section of the toolkit with its evidence and the actions it needs. */
final class RatingForm {
    @NotNull(message = "{risk.toolkit.section.blank}")
    private @Nullable ToolkitSection section;

    @NotNull(message = "{risk.toolkit.rag.blank}")
    private @Nullable Rag rag;

    @Size(max = 4000, message = "{risk.toolkit.evidence.tooLong}")
    private @Nullable String evidence;

    @Size(max = 2000, message = "{risk.toolkit.actions.tooLong}")
    private @Nullable String actions;

    public @Nullable ToolkitSection getSection() {
        return section;
    }

    public void setSection(@Nullable ToolkitSection section) {
        this.section = section;
    }

    public @Nullable Rag getRag() {
        return rag;
    }

    public void setRag(@Nullable Rag rag) {
        this.rag = rag;
    }

    public @Nullable String getEvidence() {
        return evidence;
    }

    public void setEvidence(@Nullable String evidence) {
        this.evidence = evidence;
    }

    public @Nullable String getActions() {
        return actions;
    }

    public void setActions(@Nullable String actions) {
        this.actions = actions;
    }
}
