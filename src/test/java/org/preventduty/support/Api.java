package org.preventduty.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API of the running server, as another system would. */
public class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** What the API answered. */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }
    }

    public Answer get(String path, String key) {
        return send(request(path, key).GET());
    }

    /** A file the API answered: its status, bytes and headers. */
    public record File(int status, byte[] content, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Gets a file, such as a document, as bytes. */
    public File file(String path, String key) {
        try {
            var response = client.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new File(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String path, String key, String json) {
        return post(path, key, json, Map.of());
    }

    public Answer post(String path, String key, String json, Map<String, String> headers) {
        var request = request(path, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Answer put(String path, String key, String json) {
        return send(request(path, key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    public Answer post(String path, String key, String contentType, String body) {
        return send(
                request(path, key).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer post(String path, String key, String contentType, byte[] body) {
        return send(request(path, key)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Builds a JSON body from alternating names and values. */
    public static String json(Object... namesAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    private HttpRequest.Builder request(String path, String key) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
