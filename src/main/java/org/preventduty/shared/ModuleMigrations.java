package org.preventduty.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations of each module from its own folder ({@code db/migration/<module>}) with its own history table
 * ({@code flyway_schema_history_<module>}), after the cross-cutting ones ({@code db/migration/__root}) and in the order
 * of the module graph, so that a module's versions start at {@code V1} and never clash with another's. Modules without
 * migrations are left out, so that they get no empty history table.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    static final String ROOT = "__root";

    private final ApplicationModuleIdentifiers modules;

    ModuleMigrations(ApplicationModuleIdentifiers modules) {
        this.modules = modules;
    }

    @Override
    public void migrate(Flyway flyway) {
        var configuration = flyway.getConfiguration();
        var folders = new ArrayList<String>();
        folders.add(ROOT);
        modules.stream().map(Object::toString).forEach(folders::add);
        for (var folder : folders) {
            var locations = Arrays.stream(configuration.getLocations())
                    .map(Location::toString)
                    .map(location -> location + "/" + folder.replace('.', '/'))
                    .toList();
            if (!hasMigrations(locations)) {
                continue;
            }
            Flyway.configure()
                    .configuration(configuration)
                    .locations(locations.toArray(String[]::new))
                    .table(folder.equals(ROOT) ? configuration.getTable() : configuration.getTable() + "_" + folder)
                    .baselineVersion("0")
                    .baselineOnMigrate(true)
                    .load()
                    .migrate();
        }
    }

    private static boolean hasMigrations(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver();
        for (var location : locations) {
            try {
                var pattern = location.replaceFirst("^classpath:", "classpath*:") + "/*";
                if (resolver.getResources(pattern).length > 0) {
                    return true;
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the migrations at " + location, e);
            }
        }
        return false;
    }
}
