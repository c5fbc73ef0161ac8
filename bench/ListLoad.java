import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load driver for list endpoints (single-file Java, run with {@code java bench/ListLoad.java}).
 * Signs in once (CSRF cookie, then the login), then for each path: a warm-up, the latency at concurrency 1
 * (p50/p95/p99 over a fixed number of requests) and the throughput at a given concurrency over a bounded number of
 * requests. Any answer other than 200 counts as an error and is reported.
 *
 * <p>Usage: {@code java bench/ListLoad.java <base-url> <username> <password> <requests-c1> <requests-cN> <N> <path>...}
 */
public class ListLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("the load driver only talks to 127.0.0.1");
        }
        int sequential = Integer.parseInt(args[3]);
        int bounded = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        signIn(client, cookies, base, args[1], args[2]);
        for (int i = 6; i < args.length; i++) {
            String path = args[i];
            run(client, base.resolve(path), 100, 1);
            Result single = run(client, base.resolve(path), sequential, 1);
            Result loaded = run(client, base.resolve(path), bounded, concurrency);
            System.out.printf("%s%n  c=1:  %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s, errors %d%n"
                    + "  c=%d: %d requests, p50 %.1f ms, p95 %.1f ms, %.0f req/s, errors %d%n", path,
                    single.count(), single.percentile(50), single.percentile(95), single.percentile(99),
                    single.throughput(), single.errors(), concurrency, loaded.count(), loaded.percentile(50),
                    loaded.percentile(95), loaded.throughput(), loaded.errors());
        }
        System.exit(0);
    }

    private static void signIn(HttpClient client, CookieManager cookies, URI base, String username, String password)
            throws Exception {
        client.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/csrf")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.body());
        }
    }

    private static Result run(HttpClient client, URI uri, int requests, int concurrency) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    nanos.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        workers.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(sorted, elapsed, errors.get());
    }

    record Result(List<Long> sortedNanos, long elapsedNanos, int errors) {

        int count() {
            return sortedNanos.size();
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
            return sortedNanos.get(Math.max(0, index)) / 1e6;
        }

        double throughput() {
            return sortedNanos.size() / (elapsedNanos / 1e9);
        }
    }
}
