package org.preventduty.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A change of a retention rule: the years, the version read, a code of the administrator's second factor, and, when
 * the change deletes records at once, their confirmation that it should.
 */
class RetentionRuleForm {

    @NotBlank(message = "{retention.years.range}")
    @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{retention.years.range}")
    private @Nullable String keepYears;

    private int version;

    private @Nullable String code;

    private @Nullable String confirm;

    /** The years typed, or {@literal null} when they are no whole number. */
    @Nullable
    Integer years() {
        return keepYears != null && keepYears.strip().matches("\\d{1,3}") ? Integer.valueOf(keepYears.strip()) : null;
    }

    public @Nullable String getKeepYears() {
        return keepYears;
    }

    public void setKeepYears(@Nullable String keepYears) {
        this.keepYears = keepYears;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getConfirm() {
        return confirm;
    }

    public void setConfirm(@Nullable String confirm) {
        this.confirm = confirm;
    }
}
