package org.preventduty.channel;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The assessment frameworks, which are data: the current version is the one valid from the latest day. */
final class Frameworks {

    private Frameworks() {}

    record Factor(String code, String dimension, String label) {}

    record Framework(String code, String version, String title, List<Factor> factors) {

        public List<String> dimensions() {
            return factors.stream().map(Factor::dimension).distinct().toList();
        }
    }

    static Framework current(JdbcClient jdbc) {
        var head = jdbc.sql("select code, framework_version, title from assessment_framework"
                        + " order by valid_from desc, code")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .get(0);
        return of(jdbc, head[0], head[1], head[2]);
    }

    static Framework of(JdbcClient jdbc, String code, String version) {
        var title = jdbc.sql("select title from assessment_framework where code = ? and framework_version = ?")
                .params(code, version)
                .query(String.class)
                .single();
        return of(jdbc, code, version, title);
    }

    private static Framework of(JdbcClient jdbc, String code, String version, String title) {
        var factors = jdbc.sql("select code, dimension, label from assessment_factor where framework_code = ?"
                        + " and framework_version = ? order by case dimension when 'ENGAGEMENT' then 1"
                        + " when 'INTENT' then 2 when 'CAPABILITY' then 3 else 4 end, dimension, position")
                .params(code, version)
                .query((rs, n) -> new Factor(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new Framework(code, version, title, factors);
    }
}
