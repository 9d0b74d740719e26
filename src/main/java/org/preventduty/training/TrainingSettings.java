package org.preventduty.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of training ({@code service.training.*}).
 *
 * @param expiringDays training that expires within this many days is on the expiring list.
 * @param reminders the emails reminding staff and their managers that training is due.
 */
@ConfigurationProperties("service.training")
record TrainingSettings(
        @DefaultValue("90") int expiringDays, @DefaultValue Reminders reminders) {

    /**
     * Reminders by email; they need an SMTP server ({@code spring.mail.*}) and are off unless switched on.
     *
     * @param enabled whether reminders are sent.
     * @param from the address they come from.
     * @param cron when they are sent each day (Spring cron, Europe/London).
     */
    record Reminders(
            @DefaultValue("false") boolean enabled,

            @DefaultValue("prevent-training@council.example")
            String from,

            @DefaultValue("0 0 7 * * MON-FRI") String cron) {}
}
