package org.preventduty.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of tasks and notices ({@code service.tasks.*}).
 *
 * @param mailFrom the address the service's notices come from, when an SMTP server is set.
 */
@ConfigurationProperties("service.tasks")
record TasksSettings(
        @DefaultValue("prevent@council.example") String mailFrom) {}
