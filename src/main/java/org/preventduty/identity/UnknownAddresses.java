package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request for an address that no controller of the product answers, whatever its method. Such a request is
 * let through to be answered "not found", rather than refused as if the page existed and the person could not see it.
 * It is the last rule before everything else is denied, so it never opens an address that has a rule of its own.
 */
final class UnknownAddresses implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<PathPattern> known;

    UnknownAddresses(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        var path = PathContainer.parsePath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
        for (var pattern : known()) {
            if (pattern.matches(path)) {
                return false;
            }
        }
        return true;
    }

    private List<PathPattern> known() {
        var patterns = known;
        if (patterns == null) {
            var found = new ArrayList<PathPattern>();
            for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                    .values()) {
                mapping.getHandlerMethods()
                        .keySet()
                        .forEach(info -> info.getPatternValues()
                                .forEach(value -> found.add(PathPatternParser.defaultInstance.parse(value))));
            }
            patterns = List.copyOf(found);
            known = patterns;
        }
        return patterns;
    }
}
