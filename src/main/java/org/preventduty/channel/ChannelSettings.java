package org.preventduty.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Channel ({@code service.channel.*}).
 *
 * @param panelAccessDays invited panel members see the cases of a meeting's agenda from its publication until this
 *     many days after the meeting.
 * @param stalledMarginDays an intervention is stalled when no session was logged for its planned interval plus this.
 * @param reassessmentDays a reassessment is due this many days after consent was refused or withdrawn.
 * @param informationRequestDays a request for information is due this many days after it was sent.
 * @param dueSoonDays a task is due soon this many days before its day.
 * @param pageSize the rows of a list page.
 * @param reassessEveryDays an adopted case is assessed again this many days after its last assessment.
 * @param panelReviewEveryDays a case with support active is due on a panel agenda this many days after the last.
 */
@ConfigurationProperties("service.channel")
record ChannelSettings(
        @DefaultValue("14") int panelAccessDays,
        @DefaultValue("7") int stalledMarginDays,
        @DefaultValue("90") int reassessmentDays,
        @DefaultValue("10") int informationRequestDays,
        @DefaultValue("7") int dueSoonDays,
        @DefaultValue("25") int pageSize,
        @DefaultValue("90") int reassessEveryDays,
        @DefaultValue("90") int panelReviewEveryDays) {}
