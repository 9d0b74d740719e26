package org.preventduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The record of processing names every table the migrations make, and no table they do not. */
class DataProtectionRecordTests {

    private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_][a-z0-9_]*)");
    private static final Pattern RECORDED = Pattern.compile("^\\| `([a-z_][a-z0-9_]*)` \\|", Pattern.MULTILINE);

    @Test
    void everyTableIsInTheRecordOfProcessingWithItsCategoryBasisRetentionAndReaders() throws IOException {
        var created = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                var matcher = CREATED.matcher(Files.readString(file));
                while (matcher.find()) {
                    created.add(matcher.group(1).toLowerCase());
                }
            }
        }
        var record = Files.readString(Path.of("docs/data-protection.md"));
        var recorded = new TreeSet<String>();
        var rows = RECORDED.matcher(record);
        while (rows.find()) {
            recorded.add(rows.group(1));
        }
        assertThat(created).as("tables the migrations make").isNotEmpty();
        var missing = new TreeSet<>(created);
        missing.removeAll(recorded);
        var gone = new TreeSet<>(recorded);
        gone.removeAll(created);
        assertThat(missing).as("tables missing from docs/data-protection.md").isEmpty();
        assertThat(gone)
                .as("tables in docs/data-protection.md that no migration makes")
                .isEmpty();
        for (var line : record.lines().filter(l -> l.startsWith("| `")).toList()) {
            var cells = line.split("\\|", -1);
            assertThat(cells).as(line).hasSize(8);
            for (var i = 1; i < 7; i++) {
                assertThat(cells[i].strip()).as("every column of " + line).isNotEmpty();
            }
            assertThat(cells[3].strip())
                    .as("the category of " + cells[1])
                    .isIn("Special", "Personal", "Staff", "Anonymous", "Operational");
        }
    }
}
