package org.preventduty.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <api key>}. A request without the header goes on
 * unauthenticated (and is refused by the access rules); a request with an unknown, expired or revoked key is refused
 * at once with 401.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyManagement keys;
    private final TransactionTemplate transactions;
    private final ApiProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeyManagement keys, TransactionTemplate transactions, ApiProblemResponses problems) {
        this.keys = keys;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var presented = header.substring(7).strip();
        var client = TenantScope.asSystem(() -> transactions.execute(status -> keys.authenticate(presented)));
        if (client == null || client.isEmpty()) {
            problems.unauthorized(response, "The API key is not valid.");
            return;
        }
        var authorities = client.get().roles().stream()
                .map(role -> new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(client.get(), null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
