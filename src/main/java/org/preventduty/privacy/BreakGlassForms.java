package org.preventduty.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The forms of break-glass: opening a case, and the Prevent lead's review. */
final class BreakGlassForms {

    private BreakGlassForms() {}

    /** The case to open, why, and a code of the person's second factor. */
    static class OpenForm {

        @NotBlank(message = "{breakGlass.reference.blank}")
        @Size(max = 40, message = "{breakGlass.reference.unknown}")
        private @Nullable String reference;

        @NotBlank(message = "{breakGlass.reason.blank}")
        @Size(max = 2000, message = "{breakGlass.reason.long}")
        private @Nullable String reason;

        private @Nullable String code;

        public @Nullable String getReference() {
            return reference;
        }

        public void setReference(@Nullable String reference) {
            this.reference = reference;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }

        public @Nullable String getCode() {
            return code;
        }

        public void setCode(@Nullable String code) {
            this.code = code;
        }
    }

    /** Whether an opening was justified, with a note. */
    static class ReviewForm {

        @NotBlank(message = "{breakGlass.justified.blank}")
        @Pattern(regexp = "yes|no", message = "{breakGlass.justified.blank}")
        private @Nullable String justified;

        @Size(max = 2000, message = "{breakGlass.note.long}")
        private @Nullable String note;

        public @Nullable String getJustified() {
            return justified;
        }

        public void setJustified(@Nullable String justified) {
            this.justified = justified;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }
    }
}
