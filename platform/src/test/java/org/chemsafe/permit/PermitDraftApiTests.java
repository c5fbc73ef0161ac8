package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestPermitForms;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drafts, the state before 申请: kept as filled in so far without any rule, listed for their author, opened by the
 * enterprise's other applicants and by no other enterprise, and submitted into an application with every rule of POST /api/v1/permits; a refused submission keeps the draft, an applied one removes it.
 */
@PlatformTest
class PermitDraftApiTests {

    @LocalServerPort
    int port;

    @Test
    void aDraftIsKeptAsFilledInAndSubmittedIntoAnApplication() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Map<String, Object> partial = new HashMap<>(Map.of("location", "1号反应釜", "facts", Map.of("type",
                "CONFINED_SPACE")));
        Response kept = safety.post("/api/v1/permit-drafts", partial);
        String id = created(kept);
        assertThat(kept.json().path("type").asString()).isEqualTo("CONFINED_SPACE");
        assertThat(kept.json().path("application").path("location").asString()).isEqualTo("1号反应釜");
        assertThat(safety.get("/api/v1/permit-drafts").json().path("content").valueStream()
                .map(d -> d.path("id").asString())).containsExactly(id);

        Response incomplete = safety.post("/api/v1/permit-drafts/" + id + "/submit", Map.of());
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("content", "guardianId");
        assertThat(safety.get("/api/v1/permit-drafts/" + id).status()).as("a refused submission keeps it")
                .isEqualTo(200);

        Instant now = Instant.now();
        Map<String, Object> complete = TestPermitForms.filled(Map.of("location", "1号反应釜", "content", "釜内清理检修",
                "guardianId", TestPeople.trainedGuardian(safety), "facts", Map.of("type", "CONFINED_SPACE",
                        "plannedStart", now.toString(), "plannedEnd", now.plus(4, ChronoUnit.HOURS).toString())));
        assertThat(safety.put("/api/v1/permit-drafts/" + id, complete).status()).isEqualTo(200);
        ApiClient colleague = enterprise.newUser(port, "SAFETY_MANAGER");
        assertThat(colleague.get("/api/v1/permit-drafts/" + id).status()).as("handed over within the enterprise")
                .isEqualTo(200);
        assertThat(colleague.get("/api/v1/permit-drafts").json().path("content").size()).as("not in their list")
                .isZero();
        assertThat(TestEnterprise.register(port).safetyManager(port).post("/api/v1/permit-drafts/" + id + "/submit",
                Map.of()).status()).isEqualTo(404);

        Response applied = safety.post("/api/v1/permit-drafts/" + id + "/submit", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("status").asString()).isEqualTo("APPLIED");
        assertThat(applied.json().path("number").asString()).startsWith("YXKJ");
        assertThat(safety.get("/api/v1/permit-drafts/" + id).status()).as("gone once applied for").isEqualTo(404);

        assertThat(safety.post("/api/v1/permit-drafts", List.of(1, 2)).status()).isEqualTo(400);
        assertThat(safety.post("/api/v1/permit-drafts", Map.of("content", "长".repeat(70_000))).status())
                .isEqualTo(400);
    }
}
