package org.preventduty.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code service.audit.*}).
 *
 * @param pageSize the rows shown per page of search results.
 * @param verificationBatch the rows read at a time when the chains are verified.
 */
@ConfigurationProperties("service.audit")
record AuditSettings(
        @DefaultValue("50") int pageSize,
        @DefaultValue("1000") int verificationBatch) {}
