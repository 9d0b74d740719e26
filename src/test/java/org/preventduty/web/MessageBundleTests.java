package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A message defined twice in a bundle shows only its last text wherever either is meant. */
class MessageBundleTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_cy.properties"})
    void noBundleDefinesAMessageTwice(String bundle) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/messages", bundle), StandardCharsets.UTF_8);
        var seen = new HashSet<String>();
        var twice = new TreeSet<String>();
        for (var line : lines) {
            var text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("!") || !text.contains("=")) {
                continue;
            }
            var key = text.substring(0, text.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as("messages defined more than once in " + bundle).isEmpty();
    }
}
