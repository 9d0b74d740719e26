package org.preventduty.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests against the running server: it keeps cookies, does not follow redirects, and sends
 * back the CSRF token of the last page it read, as a real form would.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf;
    private String language;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What the server answered. */
    public record Page(int status, String body, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        /** The path a redirect leads to, without the host. */
        public String location() {
            var location = header("Location").orElse("");
            return location.replaceFirst("^https?://[^/]+", "");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A file the signed-in user downloads: its status, bytes and headers. */
    public Api.File download(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.File(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form, adding the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        if (csrf != null && !fields.containsKey("_csrf")) {
            fields.put("_csrf", csrf);
        }
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with several values for one field (checkboxes). */
    public Page postMulti(String path, List<Map.Entry<String, String>> form) {
        var fields = new java.util.ArrayList<>(form);
        if (csrf != null) {
            fields.add(Map.entry("_csrf", csrf));
        }
        var body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with several values for one field and reads the answer as a file, such as a download. */
    public Api.File postMultiFile(String path, List<Map.Entry<String, String>> form) {
        var fields = new java.util.ArrayList<>(form);
        if (csrf != null) {
            fields.add(Map.entry("_csrf", csrf));
        }
        var body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.File(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in with email and password, reading the sign-in page first for its token. */
    public Page signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    /** Signs in with email, password and the code of the second factor; answers the page the code led to. */
    public Page signIn(String email, String password, String code) {
        signIn(email, password);
        get("/sign-in/two-factor");
        return post("/sign-in/two-factor", Map.of("code", code));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public void setCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /** Sends {@code Accept-Language} with every request from now on, as a browser set to that language does. */
    public Browser language(String tag) {
        this.language = tag;
        return this;
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var body = response.body();
            var matcher = CSRF.matcher(body);
            if (matcher.find()) {
                csrf = matcher.group(1).replace("&#45;", "-");
            }
            return new Page(response.statusCode(), body, response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
