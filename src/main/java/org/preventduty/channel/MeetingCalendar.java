package org.preventduty.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.preventduty.channel.CaseQueries.MeetingView;

/**
 * A panel meeting as an iCalendar (RFC 5545) event. It names no one on the agenda: a calendar entry travels through
 * mail and calendar systems, so it says only how many cases there are and where to read the agenda.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private MeetingCalendar() {}

    static String of(MeetingView meeting, Instant now, String pageUrl, int hours) {
        var lines = new StringBuilder();
        line(lines, "BEGIN:VCALENDAR");
        line(lines, "VERSION:2.0");
        line(lines, "PRODID:-//Prevent Duty Manager//Channel panel//EN");
        line(lines, "CALSCALE:GREGORIAN");
        line(lines, "METHOD:PUBLISH");
        line(lines, "BEGIN:VEVENT");
        line(lines, "UID:" + meeting.id() + "@prevent-duty-manager");
        line(lines, "DTSTAMP:" + UTC.format(now));
        if (meeting.startsAt() == null) {
            line(lines, "DTSTART;VALUE=DATE:" + DAY.format(meeting.heldOn()));
            line(lines, "DTEND;VALUE=DATE:" + DAY.format(meeting.heldOn().plusDays(1)));
        } else {
            var start = meeting.heldOn()
                    .atTime(meeting.startsAt())
                    .atZone(CaseAccess.LONDON)
                    .toInstant();
            line(lines, "DTSTART:" + UTC.format(start));
            line(lines, "DTEND:" + UTC.format(start.plusSeconds(hours * 3600L)));
        }
        line(lines, "SUMMARY:" + escape("Channel panel meeting"));
        if (meeting.location() != null) {
            line(lines, "LOCATION:" + escape(meeting.location()));
        }
        line(
                lines,
                "DESCRIPTION:"
                        + escape(
                                PanelDocuments.MARKING + ". " + meeting.agenda().size()
                                        + " cases on the agenda. Read the agenda in Prevent Duty Manager: " + pageUrl));
        line(lines, "CLASS:CONFIDENTIAL");
        line(lines, "END:VEVENT");
        line(lines, "END:VCALENDAR");
        return lines.toString();
    }

    /** Escapes a text value (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets (RFC 5545 3.1), ended by CRLF. */
    private static void line(StringBuilder out, String line) {
        var bytes = 0;
        var start = 0;
        for (var i = 0; i < line.length(); i++) {
            var size = String.valueOf(line.charAt(i)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > (start == 0 ? 75 : 74)) {
                out.append(line, start, i).append("\r\n ");
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        out.append(line.substring(start)).append("\r\n");
    }
}
