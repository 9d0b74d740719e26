package org.preventduty.risk;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.risk.RiskRules.ToolkitSection;
import org.preventduty.shared.web.DateInput;

/**
 * An action of the plan, against a risk or a section of the toolkit, with its owner and the day it is due. The plan
 * checks every answer itself and names its field, so the form only reads what was typed.
 */
final class ActionForm {
    private @Nullable String title;

    private @Nullable UUID riskId;

    private @Nullable ToolkitSection toolkitSection;

    private @Nullable UUID ownerUserId;

    private @Nullable String ownerName;

    private @Nullable String dueOnDay;
    private @Nullable String dueOnMonth;
    private @Nullable String dueOnYear;

    private @Nullable Integer version;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable UUID getRiskId() {
        return riskId;
    }

    public void setRiskId(@Nullable UUID riskId) {
        this.riskId = riskId;
    }

    public @Nullable ToolkitSection getToolkitSection() {
        return toolkitSection;
    }

    public void setToolkitSection(@Nullable ToolkitSection toolkitSection) {
        this.toolkitSection = toolkitSection;
    }

    public @Nullable UUID getOwnerUserId() {
        return ownerUserId;
    }

    public void setOwnerUserId(@Nullable UUID ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    public @Nullable String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(@Nullable String ownerName) {
        this.ownerName = ownerName;
    }

    DateInput dueOn() {
        return new DateInput(dueOnDay, dueOnMonth, dueOnYear);
    }

    void dueOn(@Nullable LocalDate day) {
        var input = day == null ? new DateInput(null, null, null) : DateInput.of(day);
        dueOnDay = input.day();
        dueOnMonth = input.month();
        dueOnYear = input.year();
    }

    /** The date input's errors are reported on this property, which holds nothing of its own. */
    public @Nullable String getDueOn() {
        return null;
    }

    public @Nullable String getDueOnDay() {
        return dueOnDay;
    }

    public void setDueOnDay(@Nullable String dueOnDay) {
        this.dueOnDay = dueOnDay;
    }

    public @Nullable String getDueOnMonth() {
        return dueOnMonth;
    }

    public void setDueOnMonth(@Nullable String dueOnMonth) {
        this.dueOnMonth = dueOnMonth;
    }

    public @Nullable String getDueOnYear() {
        return dueOnYear;
    }

    public void setDueOnYear(@Nullable String dueOnYear) {
        this.dueOnYear = dueOnYear;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }
}
