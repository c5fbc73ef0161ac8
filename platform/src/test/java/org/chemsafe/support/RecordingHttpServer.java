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
    private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();
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
                bodies.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                        .add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
        return List.copyOf(bodies.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
