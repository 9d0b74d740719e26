package org.preventduty.referrals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of referrals ({@code service.referrals.*}).
 *
 * @param screeningWorkingDays screening is due this many working days after submission.
 * @param dueSoonWorkingDays a referral is marked due soon this many working days before it is due.
 * @param attachmentMaxSize the largest attachment accepted.
 * @param attachmentsPerReferral the most attachments one referral may have.
 * @param pageSize the rows of a list page.
 */
@ConfigurationProperties("service.referrals")
record ReferralSettings(
        @DefaultValue("5") int screeningWorkingDays,
        @DefaultValue("1") int dueSoonWorkingDays,
        @DefaultValue("10MB") DataSize attachmentMaxSize,
        @DefaultValue("10") int attachmentsPerReferral,
        @DefaultValue("25") int pageSize) {}
