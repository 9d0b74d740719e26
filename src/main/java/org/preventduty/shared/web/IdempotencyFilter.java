package org.preventduty.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.preventduty.shared.SecretBox;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours {@code Idempotency-Key} on API creates (POST): the same key with the same request within 24 hours replays the
 * first response and changes nothing; the same key with a different request answers 422; the same key while the first
 * request is still being handled answers 409. Keys belong to the caller that sent them. Only successful responses are
 * kept, encrypted, so that a request refused for bad input can be corrected and sent again with the same key.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_BODY = 25 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretBox secrets;
    private final Clock clock;
    private final JsonMapper json;

    IdempotencyFilter(
            JdbcClient jdbc, TransactionTemplate transactions, SecretBox secrets, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 100) {
            problem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must have between 1 and 100 characters.");
            return;
        }
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE, "The request is too large.");
            return;
        }
        var caller = authentication.getName();
        var hash = hash(request, body);
        var claimed = claim(caller, key, hash);
        if (claimed != null) {
            replayOrRefuse(claimed, hash, response);
            return;
        }
        var wrapped = new ContentCachingResponseWrapper(response);
        var completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), wrapped);
            completed = true;
        } finally {
            var status = wrapped.getStatus();
            if (completed && status >= 200 && status < 300) {
                store(caller, key, status, wrapped);
            } else {
                release(caller, key);
            }
            wrapped.copyBodyToResponse();
        }
    }

    private record Stored(String requestHash, Integer status, String contentType, String body, String location) {}

    /** Claims the key for this request; returns the earlier record when someone holds it already. */
    private Stored claim(String caller, String key, String hash) {
        return transactions.execute(tx -> {
            jdbc.sql("delete from idempotency_record where caller = ? and idempotency_key = ? and created_at < ?")
                    .params(caller, key, at(clock.instant().minus(KEPT)))
                    .update();
            var inserted = jdbc.sql("insert into idempotency_record (caller, idempotency_key, request_hash, created_at)"
                            + " values (?, ?, ?, ?) on conflict do nothing")
                    .params(caller, key, hash, at(clock.instant()))
                    .update();
            if (inserted == 1) {
                return null;
            }
            return jdbc.sql("select request_hash, status, content_type, response_body, location from idempotency_record"
                            + " where caller = ? and idempotency_key = ?")
                    .params(caller, key)
                    .query((rows, n) -> new Stored(
                            rows.getString(1),
                            (Integer) rows.getObject(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5)))
                    .optional()
                    .orElse(new Stored(hash, null, null, null, null));
        });
    }

    private void replayOrRefuse(Stored stored, String hash, HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was used with a different request.");
            return;
        }
        if (stored.status() == null) {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being handled.");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(secrets.decrypt(stored.body()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void store(String caller, String key, int status, ContentCachingResponseWrapper response) {
        var body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        transactions.executeWithoutResult(tx -> jdbc.sql("update idempotency_record set status = ?, content_type = ?,"
                        + " response_body = ?, location = ? where caller = ? and idempotency_key = ?")
                .params(
                        status,
                        response.getContentType(),
                        body.isEmpty() ? null : secrets.encrypt(body),
                        response.getHeader("Location"),
                        caller,
                        key)
                .update());
    }

    private void release(String caller, String key) {
        transactions.executeWithoutResult(tx -> jdbc.sql(
                        "delete from idempotency_record where caller = ? and idempotency_key = ? and status is null")
                .params(caller, key)
                .update());
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ApiProblems.of(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (request.getRequestURI() + "?" + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A request whose body has been read once and is served again from memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
