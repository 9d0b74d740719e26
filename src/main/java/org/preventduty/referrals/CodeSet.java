package org.preventduty.referrals;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Codes chosen from a list (indicators, vulnerabilities), stored as one column in a fixed order. */
public record CodeSet(List<String> codes) {

    public CodeSet {
        codes = List.copyOf(new LinkedHashSet<>(codes));
    }

    public static CodeSet of(Collection<String> codes) {
        return new CodeSet(codes == null ? List.of() : List.copyOf(codes));
    }

    public static CodeSet empty() {
        return new CodeSet(List.of());
    }

    static CodeSet parse(String column) {
        if (column == null || column.isBlank()) {
            return empty();
        }
        return new CodeSet(
                Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).toList());
    }

    String column() {
        return String.join(",", codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }
}
