package org.preventduty.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiProblemsTests {

    @Test
    void aDetailThatNamesAClassOfTheCodeIsReplacedByAPlainSentence() {
        var plain = "The request is not valid.";
        assertThat(ApiProblems.safe("No enum constant org.preventduty.identity.Region.ATLANTIS", plain))
                .isEqualTo(plain);
        assertThat(ApiProblems.safe("org.apache.commons.csv.CSVException: invalid char", plain))
                .isEqualTo(plain);
        assertThat(ApiProblems.safe("java.lang.NumberFormatException: For input string", plain))
                .isEqualTo(plain);
        assertThat(ApiProblems.safe(null, plain)).isEqualTo(plain);
        assertThat(ApiProblems.safe("Give a given name or a family name", plain))
                .isEqualTo("Give a given name or a family name");
        assertThat(ApiProblems.safe("If-Match must hold the version read, such as \"3\"", plain))
                .startsWith("If-Match");
    }
}
