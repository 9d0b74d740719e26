package org.preventduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.preventduty.shared.web.ApiController;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** Conventions of the API that every endpoint keeps, checked on the code itself. */
class ApiConventionsTests {

    @Test
    void everyUpdateThatTakesAVersionInItsBodyAlsoTakesIfMatch() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ApiController.class));
        var updates = new ArrayList<String>();
        var missing = new ArrayList<String>();
        for (var candidate : scanner.findCandidateComponents("org.preventduty")) {
            var type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(PutMapping.class)
                        && !method.isAnnotationPresent(PostMapping.class)
                        && !method.isAnnotationPresent(PatchMapping.class)) {
                    continue;
                }
                var parameters = method.getParameters();
                // A post to a collection makes a record; one to a record (a path with its id) changes it.
                var changesARecord = !method.isAnnotationPresent(PostMapping.class)
                        || Arrays.stream(parameters).anyMatch(p -> p.isAnnotationPresent(PathVariable.class));
                var takesVersion = changesARecord
                        && Arrays.stream(parameters)
                                .filter(p -> p.isAnnotationPresent(RequestBody.class))
                                .anyMatch(p -> p.getType().isRecord()
                                        && Arrays.stream(p.getType().getRecordComponents())
                                                .anyMatch(c -> c.getName().equals("version")));
                if (!takesVersion) {
                    continue;
                }
                var name = type.getSimpleName() + "." + method.getName();
                updates.add(name);
                var ifMatch = Arrays.stream(parameters)
                        .map(p -> p.getAnnotation(RequestHeader.class))
                        .anyMatch(header -> header != null
                                && (header.value().equalsIgnoreCase("If-Match")
                                        || header.name().equalsIgnoreCase("If-Match")));
                if (!ifMatch) {
                    missing.add(name);
                }
            }
        }
        assertThat(updates).as("updates found").hasSizeGreaterThanOrEqualTo(6);
        assertThat(missing).as("updates that ignore If-Match").isEmpty();
    }
}
