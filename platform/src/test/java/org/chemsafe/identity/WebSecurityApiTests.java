package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Response headers and the actuator's access rules. */
@PlatformTest
class WebSecurityApiTests {

    static final String METRICS_TOKEN = "test-metrics-secret-2026";

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesAContentSecurityPolicyForTheSpaAndAReferrerPolicy() throws Exception {
        for (String path : new String[] {"/", "/api/v1/auth/csrf", "/api/v1/auth/me"}) {
            HttpResponse<String> response = get(path, null);
            String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self';",
                    "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "object-src 'none'",
                    "frame-ancestors 'self'").doesNotContain("http", "*", "unsafe-eval");
            assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void theActuatorNeedsTheMetricsTokenOrAPlatformAdministratorExceptTheHealthProbes() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "wrong-secret").statusCode()).isEqualTo(401);
        HttpResponse<String> scraped = get("/actuator/prometheus", METRICS_TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/api/v1/enterprises", METRICS_TOKEN).statusCode()).as("the metrics token reads metrics only")
                .isEqualTo(403);

        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        Response platform = ApiClient.loggedIn(port, "platform").get("/actuator/prometheus");
        assertThat(platform.status()).isEqualTo(200);
        Response enterprise = ApiClient.loggedIn(port, "safety").get("/actuator/prometheus");
        assertThat(enterprise.status()).isEqualTo(403);
        assertThat(enterprise.problemType()).isEqualTo("forbidden");
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
