package org.chemsafe.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port standing in for what lies outside the machine (a messenger's robot
 * webhook, an SMS gateway): it keeps every request body by path and answers each path with the status the test sets
 * (200 unless told otherwise).
 */
public final class RecordingHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<Request>> requests = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    public RecordingHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Request(
                        exchange.getRequestURI().getRawQuery(), headers,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            int status = statuses.getOrDefault(path, 200);
            byte[] answer = (status == 200 ? "{\"errcode\":0}" : "down").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** The server's URL of the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(String path, int status) {
        statuses.put(path, status);
    }

    /** The bodies POSTed to the path so far, oldest first. */
    public List<String> bodies(String path) {
        return requests(path).stream().map(Request::body).toList();
    }

    /** The requests to the path so far, oldest first. */
    public List<Request> requests(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    /** One request as received: its raw query (null without one), headers (any case) and body. */
    public record Request(String query, Map<String, String> headers, String body) {
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
