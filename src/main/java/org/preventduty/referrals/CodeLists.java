package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The versioned code lists of referrals (sector, type of concern, signposting, indicators, vulnerabilities,
 * ethnicity, religion). A referral keeps the version it was recorded in; each code says which code of the current
 * version it counts as, so figures can be compared across versions.
 */
@Service
public class CodeLists {

    public static final String SECTOR = "SECTOR";
    public static final String TYPE_OF_CONCERN = "TYPE_OF_CONCERN";
    public static final String SIGNPOST = "SIGNPOST";
    public static final String INDICATOR = "INDICATOR";
    public static final String VULNERABILITY = "VULNERABILITY";
    public static final String ETHNICITY = "ETHNICITY";
    public static final String RELIGION = "RELIGION";

    /**
     * A code of a list.
     *
     * @param list the list.
     * @param version the version of the list.
     * @param code the code.
     * @param label what people read.
     * @param validFrom the first day of the version.
     * @param validTo the last day of the version, {@literal null} while current.
     * @param mapsTo the code of the current version it counts as.
     */
    public record Code(
            String list,
            String version,
            String code,
            String label,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            String mapsTo) {}

    private final JdbcClient jdbc;
    private final Map<String, List<Code>> cache = new ConcurrentHashMap<>();

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every code of every version of a list, oldest version first. */
    public List<Code> all(String list) {
        return cache.computeIfAbsent(
                list,
                name -> jdbc.sql(
                                "select list_name, list_version, code, label, valid_from,"
                                        + " valid_to, maps_to from code_list_entry where list_name = ? order by valid_from, sort_order")
                        .param(name)
                        .query((rows, n) -> new Code(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getObject(5, LocalDate.class),
                                rows.getObject(6, LocalDate.class),
                                rows.getString(7)))
                        .list());
    }

    /** The version of a list in force on a day. */
    public String versionOn(String list, LocalDate day) {
        return all(list).stream()
                .filter(code -> !code.validFrom().isAfter(day)
                        && (code.validTo() == null || !code.validTo().isBefore(day)))
                .map(Code::version)
                .findFirst()
                .orElseGet(() -> current(list).get(0).version());
    }

    /** The codes of the current version of a list, in order. */
    public List<Code> current(String list) {
        var codes = all(list);
        var latest = codes.stream()
                .filter(code -> code.validTo() == null)
                .map(Code::version)
                .reduce((a, b) -> b);
        return codes.stream()
                .filter(code -> code.version()
                        .equals(latest.orElse(codes.get(codes.size() - 1).version())))
                .toList();
    }

    /** The codes of the current version of a list, in order. */
    public List<String> currentCodes(String list) {
        return current(list).stream().map(Code::code).toList();
    }

    /** The labels of the current version of a list, by code, in order. */
    public java.util.LinkedHashMap<String, String> labels(String list) {
        var labels = new java.util.LinkedHashMap<String, String>();
        current(list).forEach(code -> labels.put(code.code(), code.label()));
        return labels;
    }

    /** The current version of a list. */
    public String currentVersion(String list) {
        return current(list).get(0).version();
    }

    /** Whether the code belongs to the current version of the list. */
    public boolean isCurrent(String list, @Nullable String code) {
        return code != null && current(list).stream().anyMatch(c -> c.code().equals(code));
    }

    /** The code of a version, if there is one. */
    public Optional<Code> find(String list, @Nullable String version, @Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return all(list).stream()
                .filter(c ->
                        c.code().equals(code) && (version == null || c.version().equals(version)))
                .reduce((first, second) -> second);
    }

    /** What people read for a code; the code itself when it is unknown. */
    public String label(String list, @Nullable String version, @Nullable String code) {
        return find(list, version, code).map(Code::label).orElse(code == null ? "" : code);
    }

    /** The labels of chosen codes, joined with commas. */
    public String describe(String list, @Nullable CodeSet chosen) {
        if (chosen == null) {
            return "";
        }
        return String.join(
                ", ",
                chosen.codes().stream().map(code -> label(list, null, code)).toList());
    }

    /** The code of the current version that a code of any version counts as. */
    public @Nullable String toCurrent(String list, @Nullable String version, @Nullable String code) {
        return find(list, version, code).map(Code::mapsTo).orElse(code);
    }
}
