package org.preventduty.channel;

import java.time.LocalDate;
import java.util.List;
import org.preventduty.shared.MonitoringFigures;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Channel's part of the quarterly return: panel meetings held and the cases they discussed. */
@Component
class ChannelMonitoringFigures implements MonitoringFigures {

    private static final String SECTION = "Channel panel";

    private final JdbcClient jdbc;

    ChannelMonitoringFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(TenantId tenant, LocalDate from, LocalDate to) {
        var meetings = jdbc.sql(
                        "select count(*) from panel_meeting where tenant_id = ? and held_on >= ?" + " and held_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        var cases = jdbc.sql("select count(distinct a.case_id) from panel_agenda_item a join panel_meeting m"
                        + " on m.id = a.meeting_id and m.tenant_id = a.tenant_id where a.tenant_id = ?"
                        + " and m.held_on >= ? and m.held_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        return List.of(
                new Figure(SECTION, "Channel panel meetings held", meetings, false),
                new Figure(SECTION, "Cases discussed at panel", cases, true));
    }

    @Override
    public int order() {
        return 20;
    }
}
