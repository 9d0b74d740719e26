package org.preventduty.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service is reached ({@code service.web.*}).
 *
 * @param secureCookies whether cookies are marked {@code Secure} and named with the {@code __Host-} prefix, which needs
 *     HTTPS; when not set, they are unless the application runs in demo mode.
 */
@ConfigurationProperties("service.web")
record WebSettings(@Nullable Boolean secureCookies) {}
