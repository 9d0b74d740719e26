package org.preventduty.risk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the risk assessment ({@code service.risk.*}).
 *
 * @param likelihoodLabels the names of the five likelihood ratings, from 1 to 5.
 * @param impactLabels the names of the five impact ratings, from 1 to 5.
 * @param mailFrom the address consultation links are emailed from, when an SMTP server is set.
 */
@ConfigurationProperties("service.risk")
record RiskSettings(
        @DefaultValue({"Rare", "Unlikely", "Possible", "Likely", "Almost certain"})
        List<String> likelihoodLabels,

        @DefaultValue({"Negligible", "Minor", "Moderate", "Major", "Severe"})
        List<String> impactLabels,

        @DefaultValue("prevent@council.example") String mailFrom) {

    RiskSettings {
        if (likelihoodLabels.size() != 5 || impactLabels.size() != 5) {
            throw new IllegalArgumentException("service.risk needs five likelihood and five impact labels");
        }
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
    }
}
