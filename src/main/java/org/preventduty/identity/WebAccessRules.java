package org.preventduty.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The access rules of a module's web pages. Every module with pages declares one bean that gives each of its URLs an
 * explicit rule; anything without a rule is denied.
 */
@FunctionalInterface
public interface WebAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
