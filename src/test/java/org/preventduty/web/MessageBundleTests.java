package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module keeps its texts in a bundle of its own ({@code messages/<module>.properties}, Welsh in
 * {@code <module>_cy.properties}), all of them loaded by the service. A message defined twice, in one bundle or in two,
 * shows only one of its texts wherever either is meant.
 */
class MessageBundleTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");

    static Stream<String> bundles() throws IOException {
        try (var files = Files.list(BUNDLES)) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noBundleDefinesAMessageTwice(String bundle) {
        var seen = new HashSet<String>();
        var twice = new TreeSet<String>();
        keys(bundle).forEach(key -> {
            if (!seen.add(key)) {
                twice.add(key);
            }
        });
        assertThat(twice).as("messages defined more than once in " + bundle).isEmpty();
    }

    @Test
    void noMessageIsDefinedInTwoModulesBundles() throws IOException {
        for (var language : List.of("", "_cy")) {
            var owner = new HashMap<String, String>();
            var clashes = new TreeSet<String>();
            bundles()
                    .filter(name ->
                            language.isEmpty() ? !name.endsWith("_cy.properties") : name.endsWith("_cy.properties"))
                    .forEach(bundle -> keys(bundle).forEach(key -> {
                        var first = owner.putIfAbsent(key, bundle);
                        if (first != null && !first.equals(bundle)) {
                            clashes.add(key + " in " + first + " and " + bundle);
                        }
                    }));
            assertThat(clashes).as("messages defined in two bundles").isEmpty();
        }
    }

    @Test
    void theServiceLoadsEveryModulesBundle() throws IOException {
        var properties = Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8);
        var line = properties
                .lines()
                .filter(l -> l.startsWith("spring.messages.basename="))
                .findFirst()
                .orElseThrow();
        var loaded = new HashSet<>(Arrays.asList(
                line.substring("spring.messages.basename=".length()).split(",")));
        var english = bundles()
                .filter(name -> !name.endsWith("_cy.properties"))
                .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                .toList();
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(english);
        Map<String, Boolean> welshHasEnglish = new HashMap<>();
        bundles()
                .filter(name -> name.endsWith("_cy.properties"))
                .forEach(name -> welshHasEnglish.put(name, Files.exists(BUNDLES.resolve(name.replace("_cy", "")))));
        assertThat(welshHasEnglish).doesNotContainValue(false);
    }

    private static List<String> keys(String bundle) {
        try {
            return Files.readAllLines(BUNDLES.resolve(bundle), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(text ->
                            !text.isEmpty() && !text.startsWith("#") && !text.startsWith("!") && text.contains("="))
                    .map(text -> text.substring(0, text.indexOf('=')).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
