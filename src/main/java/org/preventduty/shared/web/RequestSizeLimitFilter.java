package org.preventduty.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits what a request may send, before anything reads it. An upload larger than the container accepts gets the "too
 * large" page, rather than letting the parts fail to parse and the form's security token go missing with them. A body
 * sent to the API may be at most {@code service.web.max-body-size} (10 MB), and a file sent to an import endpoint at
 * most {@code service.web.max-import-size} (25 MB): a declared length over the limit is refused with 413 at once, and a
 * body of no declared length is counted as it is read and refused when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** The import endpoints, which take files larger than other requests and read them a line at a time. */
    static final Set<String> IMPORTS =
            Set.of("/api/v1/training/staff", "/api/v1/training/completions", "/api/v1/referrals/imports");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long uploadLimit;
    private final long bodyLimit;
    private final long importLimit;

    RequestSizeLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit,
            @Value("${service.web.max-body-size:10MB}") DataSize bodyLimit,
            @Value("${service.web.max-import-size:25MB}") DataSize importLimit) {
        this.uploadLimit = uploadLimit.toBytes();
        this.bodyLimit = bodyLimit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            var limit = IMPORTS.contains(path) ? importLimit : bodyLimit;
            if (request.getContentLengthLong() > limit) {
                tooLarge(response, limit);
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
            return;
        }
        var type = request.getContentType();
        if (type != null
                && type.toLowerCase().startsWith("multipart/")
                && request.getContentLengthLong() > uploadLimit) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        var problem = ApiProblems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + describe(limit) + ", the most this endpoint accepts.");
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** A size in words, such as {@code 10 MB}. */
    static String describe(long bytes) {
        var mb = bytes / (1024 * 1024);
        return mb * 1024 * 1024 == bytes ? mb + " MB" : bytes + " bytes";
    }

    /** The request, whose body stops with {@link BodyTooLarge} once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                var encoding = getCharacterEncoding();
                var charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            var b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
