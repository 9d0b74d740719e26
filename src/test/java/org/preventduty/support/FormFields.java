package org.preventduty.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

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

    /**
     * The page a refused form is shown again on, as a person reads it: answered 200, its title starts "Error:" and it
     * has the error summary; its text unescaped, so that messages with apostrophes can be looked for.
     */
    public static String refused(MockHttpServletResponse response) throws UnsupportedEncodingException {
        assertThat(response.getStatus()).isEqualTo(200);
        var page = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(page).contains("<title>Error: ").contains("There is a problem");
        return page;
    }
}
