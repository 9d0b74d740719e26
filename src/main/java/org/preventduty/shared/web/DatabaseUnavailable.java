package org.preventduty.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached (restarting, failing over, cut off), every request answers 503 with
 * {@code Retry-After} rather than a server error: a problem detail for the API, and for pages a plain page that needs
 * neither the database nor the session. It is the outermost filter, so that it also catches what the session and
 * security filters meet before any page runs. Nothing is kept of a request that failed this way, so the caller can send
 * it again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseUnavailable extends OncePerRequestFilter {

    /** Seconds after which to try again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    DatabaseUnavailable(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether a failure means the database could not be reached, rather than that something was wrong with the work. */
    public static boolean is(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // The connection broke inside a transaction: its commit or rollback then fails at the JDBC level (the pool
            // gives no SQL state for a connection it has closed), whatever the work was doing when it broke.
            if (cause instanceof TransactionSystemException broken
                    && (broken.getCause() instanceof SQLException
                            || (broken.getApplicationException() != null && is(broken.getApplicationException())))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                // 08: connection exceptions; 57P01 to 57P03: the server shutting down or not yet accepting connections.
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database could not be reached: answered 503 to {} {}", request.getMethod(), path(request));
            answer(request, response);
        }
    }

    /** Answers 503 with {@code Retry-After}, as a problem for the API and a plain page otherwise. */
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(problem()));
            return;
        }
        var locale = request.getLocale();
        var title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        var text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + title + "</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                        + "<body><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>");
    }

    static org.springframework.http.ProblemDetail problem() {
        return ApiProblems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now. Nothing was changed: try again in "
                        + RETRY_AFTER_SECONDS + " seconds.");
    }

    private static String path(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri.length() > 100 ? uri.substring(0, 100) : uri;
    }
}
