package org.preventduty.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of training ({@code service.training.*}).
 *
 * @param expiringDays training that expires within this many days is on the expiring list.
 */
@ConfigurationProperties("service.training")
record TrainingSettings(@DefaultValue("90") int expiringDays) {}
