package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf includes a fragment before it looks at a condition or a loop on the same element, so a {@code th:if},
 * {@code th:unless} or {@code th:each} beside a {@code th:replace} or {@code th:insert} is silently ignored: the
 * condition belongs on an enclosing {@code th:block}.
 */
class TemplateTests {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>", Pattern.DOTALL);
    private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless|each)=");

    @Test
    void noTemplateSetsAConditionOrALoopBesideAnInclusion() throws IOException {
        var found = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var text = Files.readString(file);
                var tags = TAG.matcher(text);
                while (tags.find()) {
                    var tag = tags.group();
                    if ((tag.contains("th:replace") || tag.contains("th:insert"))
                            && CONDITION.matcher(tag).find()) {
                        found.add(file + ":" + (text.substring(0, tags.start()).split("\n", -1).length));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
