package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser on a weak signal gets: hashed assets kept for a year, {@code index.html} (also under client routes)
 * revalidated, API answers never stored; text compressed when the client accepts gzip. Needs the web build
 * ({@code index.html} and its assets on the class path).
 */
@PlatformTest
class WebCachingTests {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    @Test
    void hashedAssetsAreImmutableForAYear() {
        HttpResponse<byte[]> asset = get(entryScript());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(directives(asset)).containsExactlyInAnyOrder("max-age=31536000", "public", "immutable");
        assertThat(asset.headers().firstValue("Pragma")).isEmpty();
        assertThat(asset.headers().firstValue("Expires")).isEmpty();
        assertThat(asset.headers().allValues("Set-Cookie")).as("shared caches do not store answers with cookies")
                .isEmpty();
    }

    @Test
    void aMissingAssetIsNotCached() {
        HttpResponse<byte[]> missing = get("/assets/missing-0000000.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(directives(missing)).contains("no-store");
    }

    @Test
    void indexIsRevalidatedOnEveryUseAlsoUnderClientRoutes() {
        for (String path : List.of("/", "/index.html", "/login", "/system/users")) {
            HttpResponse<byte[]> index = get(path);
            assertThat(index.statusCode()).as(path).isEqualTo(200);
            assertThat(directives(index)).as(path).containsExactly("no-cache");
            String lastModified = index.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> again = new ApiClient(port).header("If-Modified-Since", lastModified).getBytes(path);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void apiAnswersAreNeverStored() {
        HttpResponse<byte[]> me = ApiClient.loggedIn(port, "platform").getBytes("/api/v1/auth/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(directives(me)).contains("no-store");
        assertThat(directives(get("/api/v1/auth/me"))).as("401 problem").contains("no-store");
    }

    @Test
    void textIsGzippedWhenTheClientAcceptsIt() throws IOException {
        String script = entryScript();
        byte[] plain = get(script).body();
        HttpResponse<byte[]> gzipped = new ApiClient(port).header("Accept-Encoding", "gzip, br").getBytes(script);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.length / 2);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain);
        assertThat(get(script).headers().firstValue("Content-Encoding")).as("not asked for").isEmpty();

        HttpResponse<byte[]> json = new ApiClient(port).header("Accept-Encoding", "gzip").getBytes("/v3/api-docs");
        assertThat(json.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    private String entryScript() {
        String index = new String(get("/index.html").body(), StandardCharsets.UTF_8);
        Matcher matcher = ENTRY_SCRIPT.matcher(index);
        assertThat(matcher.find()).as("index.html names its entry script").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<byte[]> get(String path) {
        return new ApiClient(port).getBytes(path);
    }

    private static List<String> directives(HttpResponse<?> response) {
        return response.headers().allValues("Cache-Control").stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim).toList();
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
