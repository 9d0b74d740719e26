package org.preventduty.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles of a user or an API key, stored as one column of comma-separated names in a fixed order. */
record RoleSet(Set<Role> roles) {

    RoleSet {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static RoleSet of(Collection<Role> roles) {
        return new RoleSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    static RoleSet parse(String column) {
        if (column == null || column.isBlank()) {
            return new RoleSet(Set.of());
        }
        return new RoleSet(Arrays.stream(column.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    String column() {
        return roles.isEmpty()
                ? ""
                : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    boolean contains(Role role) {
        return roles.contains(role);
    }
}
