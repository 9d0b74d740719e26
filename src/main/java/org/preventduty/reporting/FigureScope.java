package org.preventduty.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Region;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantGroups;
import org.preventduty.identity.TenantManagement;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose figures a report gives, and under which disclosure control: a council's own for its people, or for national
 * analysts every council, a region's or a group's, always controlled with the national defaults. Only a Prevent lead
 * may have their own council's exact figures.
 */
@Component
class FigureScope {

    private final TenantManagement tenants;
    private final TenantGroups groups;
    private final DisclosureSettings settings;

    FigureScope(TenantManagement tenants, TenantGroups groups, DisclosureSettings settings) {
        this.tenants = tenants;
        this.groups = groups;
        this.settings = settings;
    }

    /**
     * The councils figures are of.
     *
     * @param name {@code TENANT}, {@code NATIONAL} or {@code GROUP}.
     * @param councils the councils, or {@literal null} for every one.
     * @param regions the region of each council that may be counted.
     * @param control the disclosure control that applies.
     * @param region the region asked for, if any.
     * @param group the group asked for, if any.
     */
    record Scope(
            String name,
            @Nullable List<UUID> councils,
            Map<UUID, Region> regions,
            Settings control,
            @Nullable Region region,
            @Nullable String group) {

        boolean exact() {
            return control.rule() == DisclosureControl.Rule.NONE;
        }
    }

    /**
     * Resolves what the actor asked for.
     *
     * @throws AccessDeniedException when a national scope or exact figures are asked for by someone who may not have
     *     them.
     * @throws InvalidInputException when a region or group is asked for outside national figures, or the group does not
     *     exist.
     */
    Scope of(Actor actor, @Nullable Region region, @Nullable String group, boolean exact) {
        var regions = new HashMap<UUID, Region>();
        if (actor.tenantId() == null) {
            if (!actor.has(Role.NATIONAL_ANALYST)) {
                throw new AccessDeniedException("Only national analysts see national figures");
            }
            if (exact) {
                throw new AccessDeniedException("National figures are always under disclosure control");
            }
            if (region != null && group != null) {
                throw new InvalidInputException(List.of(
                        new Problem("group", "statistics.regionOrGroup", "give a region or a group, not both")));
            }
            tenants.list().forEach(t -> regions.put(t.id().value(), t.region()));
            if (group != null) {
                var found = groups.find(group)
                        .orElseThrow(() -> new InvalidInputException(List.of(
                                new Problem("group", "statistics.group.unknown", "names no group of councils"))));
                var councils = found.tenants().stream().map(t -> t.id().value()).toList();
                return new Scope("GROUP", councils, regions, Settings.DEFAULT, null, group);
            }
            var councils = region == null
                    ? null
                    : regions.entrySet().stream()
                            .filter(e -> e.getValue() == region)
                            .map(Map.Entry::getKey)
                            .toList();
            return new Scope("NATIONAL", councils, regions, Settings.DEFAULT, region, null);
        }
        if (exact && !actor.has(Role.PREVENT_LEAD)) {
            throw new AccessDeniedException("Only Prevent leads see exact figures");
        }
        if (region != null || group != null) {
            throw new InvalidInputException(List.of(new Problem(
                    region != null ? "region" : "group",
                    "statistics.region.national",
                    "is only for national figures")));
        }
        var tenant = actor.requireTenant();
        regions.put(tenant.value(), tenants.get(tenant).region());
        return new Scope(
                "TENANT", List.of(tenant.value()), regions, exact ? Settings.EXACT : settings.of(tenant), null, null);
    }

    /**
     * Checks a period asked for: it must not end before it starts nor be longer than 20 years.
     *
     * @throws InvalidInputException naming {@code to}.
     */
    static void checkPeriod(java.time.LocalDate from, java.time.LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(
                    List.of(new Problem("to", "statistics.to.beforeFrom", "must not be before from")));
        }
        if (from.plusYears(20).isBefore(to)) {
            throw new InvalidInputException(
                    List.of(new Problem("to", "statistics.period.tooLong", "must be within 20 years of from")));
        }
    }
}
