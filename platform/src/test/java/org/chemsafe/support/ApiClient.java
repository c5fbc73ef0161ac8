package org.chemsafe.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for API tests: keeps cookies (session, XSRF-TOKEN), echoes the CSRF cookie in the
 * X-XSRF-TOKEN header on state-changing requests, or sends a bearer token instead when given one.
 */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "Demo2026!";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean sendCsrf = true;
    private String bearer;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static ApiClient loggedIn(int port, String username) {
        return loggedIn(port, username, DEMO_PASSWORD);
    }

    public static ApiClient loggedIn(int port, String username, String password) {
        ApiClient client = new ApiClient(port);
        Response response = client.login(username, password);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return client;
    }

    public static ApiClient withToken(int port, String token) {
        ApiClient client = new ApiClient(port);
        client.bearer = token;
        return client;
    }

    public ApiClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiClient withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    public Response login(String username, String password) {
        return post("/api/v1/auth/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, JSON.writeValueAsString(body), "application/json");
    }

    public Response postRaw(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    /** Sends the body without a declared length (chunked), as a streaming client would. */
    public Response postChunked(String path, byte[] body, String contentType) {
        return sendBody("POST", path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                contentType);
    }

    /** POSTs one file as the multipart part {@code name} (bytes as they are, e.g. an image). */
    public Response postFile(String path, String name, String fileName, byte[] content, String contentType) {
        return sendFile("POST", path, name, fileName, content, contentType);
    }

    /** PUTs one file as the multipart part {@code name} (a site plan). */
    public Response putFile(String path, String name, String fileName, byte[] content, String contentType) {
        return sendFile("PUT", path, name, fileName, content, contentType);
    }

    private Response sendFile(String method, String path, String name, String fileName, byte[] content,
            String contentType) {
        String boundary = "----chemsafe-test-" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return sendBody(method, path, HttpRequest.BodyPublishers.ofByteArray(body),
                "multipart/form-data; boundary=" + boundary);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, JSON.writeValueAsString(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request("GET", path, HttpRequest.BodyPublishers.noBody(), null),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A streaming GET (server-sent events): the answer once its headers arrive, its body the lines as they come. */
    public CompletableFuture<HttpResponse<Stream<String>>> stream(String path) {
        return http.sendAsync(request("GET", path, HttpRequest.BodyPublishers.noBody(), null),
                HttpResponse.BodyHandlers.ofLines());
    }

    /** Any request with a raw body (or none, when null), e.g. a multipart PUT. */
    public Response send(String method, String path, String body, String contentType) {
        return sendBody(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    private Response sendBody(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        try {
            boolean stateChanging = !method.equals("GET");
            if (stateChanging && sendCsrf && bearer == null && csrfCookie() == null) {
                get("/api/v1/auth/csrf");
            }
            HttpResponse<String> response = http.send(request(method, path, body, contentType),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        } else if (sendCsrf && !method.equals("GET") && csrfCookie() != null) {
            builder.header("X-XSRF-TOKEN", csrfCookie());
        }
        headers.forEach(builder::header);
        return builder.build();
    }

    /** The XSRF-TOKEN cookie the client holds, if any. */
    public String csrfCookie() {
        return cookie("XSRF-TOKEN");
    }

    /** The value of a cookie the client holds, if any. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public record Response(int status, String body, String contentType, java.net.http.HttpHeaders headers) {

        public Response(int status, String body, String contentType) {
            this(status, body, contentType, java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The fields a 400 validation problem names; fails unless the answer is one. */
        public java.util.List<String> invalidFields() {
            org.assertj.core.api.Assertions.assertThat(status).as(body).isEqualTo(400);
            return json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
        }

        /** The problem type's last segment, e.g. "csrf" for https://chemsafe.org/problems/csrf. */
        public String problemType() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
