package org.preventduty.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response a Content-Security-Policy with a fresh nonce, and puts the nonce in the request attribute
 * {@value #NONCE_ATTRIBUTE} so that the layout can mark its scripts. Nothing inline runs without the nonce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";

    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    // Swagger UI sets inline styles; it is only served to administrators.
    private static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var policy = path.startsWith("/swagger-ui") ? API_DOCS_POLICY : POLICY;
        response.setHeader("Content-Security-Policy", policy.formatted(nonce));
        chain.doFilter(request, response);
    }
}
