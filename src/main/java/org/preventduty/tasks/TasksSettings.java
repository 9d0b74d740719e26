package org.preventduty.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of tasks and notices ({@code service.tasks.*}).
 *
 * @param mailFrom the address the service's notices come from, when an SMTP server is set.
 * @param govukNotify sending the notices through GOV.UK Notify instead of SMTP, for councils that use it.
 */
@ConfigurationProperties("service.tasks")
record TasksSettings(
        @DefaultValue("prevent@council.example") String mailFrom,
        @DefaultValue Notify govukNotify) {

    /**
     * GOV.UK Notify: on when an API key is set. Its template takes two personalisation fields, {@code subject} and
     * {@code body}, as the service's notices hold nothing else.
     *
     * @param apiKey the service's API key.
     * @param templateId the email template with {@code ((subject))} and {@code ((body))}.
     * @param baseUrl Notify's address.
     */
    record Notify(
            @org.jspecify.annotations.Nullable String apiKey,
            @org.jspecify.annotations.Nullable String templateId,

            @DefaultValue("https://api.notifications.service.gov.uk")
            String baseUrl) {

        boolean enabled() {
            return apiKey != null && !apiKey.isBlank() && templateId != null && !templateId.isBlank();
        }
    }
}
