package org.preventduty.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.web.DateInput;

/** The forms of the subject access page: a request received on a day, and the export with what it withholds. */
final class SubjectAccessForms {

    private SubjectAccessForms() {}

    /** The day a request was received, in a GOV.UK date input. */
    static class RequestForm {

        private @Nullable String receivedOnDay;
        private @Nullable String receivedOnMonth;
        private @Nullable String receivedOnYear;

        DateInput receivedOn() {
            return new DateInput(receivedOnDay, receivedOnMonth, receivedOnYear);
        }

        /** The date input's errors are reported on this property, which holds nothing of its own. */
        public @Nullable String getReceivedOn() {
            return null;
        }

        public @Nullable String getReceivedOnDay() {
            return receivedOnDay;
        }

        public void setReceivedOnDay(@Nullable String receivedOnDay) {
            this.receivedOnDay = receivedOnDay;
        }

        public @Nullable String getReceivedOnMonth() {
            return receivedOnMonth;
        }

        public void setReceivedOnMonth(@Nullable String receivedOnMonth) {
            this.receivedOnMonth = receivedOnMonth;
        }

        public @Nullable String getReceivedOnYear() {
            return receivedOnYear;
        }

        public void setReceivedOnYear(@Nullable String receivedOnYear) {
            this.receivedOnYear = receivedOnYear;
        }
    }

    /** What the export withholds, and a code of the lead's second factor. */
    static class ExportForm {

        private List<String> withhold = new ArrayList<>();
        private @Nullable String code;

        /** The withholdings chosen; anything else sent is left out. */
        Set<Withholding> withheld() {
            var chosen = EnumSet.noneOf(Withholding.class);
            for (var value : Withholding.values()) {
                if (withhold.contains(value.name())) {
                    chosen.add(value);
                }
            }
            return chosen;
        }

        public List<String> getWithhold() {
            return withhold;
        }

        public void setWithhold(List<String> withhold) {
            this.withhold = withhold;
        }

        public @Nullable String getCode() {
            return code;
        }

        public void setCode(@Nullable String code) {
            this.code = code;
        }
    }
}
