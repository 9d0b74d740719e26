package org.preventduty.support;

import java.time.LocalDate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Fields of a web form as a browser sends them, for tests that post forms. */
public final class FormFields {

    private FormFields() {}

    /** A day as the three fields of a GOV.UK date input send it: {@code <field>Day}, {@code Month} and {@code Year}. */
    public static MultiValueMap<String, String> day(String field, LocalDate day) {
        var fields = new LinkedMultiValueMap<String, String>();
        fields.add(field + "Day", String.valueOf(day.getDayOfMonth()));
        fields.add(field + "Month", String.valueOf(day.getMonthValue()));
        fields.add(field + "Year", String.valueOf(day.getYear()));
        return fields;
    }
}
