package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.referenceId;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient.Response;

/** Major hazard sources a test makes in its own enterprise, through the API as a safety manager would. */
public final class TestMajorHazards {

    private TestMajorHazards() {
    }

    /** A warehouse of 20 t of ammonia (Q = 10 t: S = 2), once its assessment made it a source; the unit's id. */
    public static String ammoniaWarehouse(ApiClient manager, String code, String name) {
        String warehouse = created(manager.post("/api/v1/units", unit("WAREHOUSE", code, name)));
        manager.put("/api/v1/units/" + warehouse + "/exposure", Map.of("exposedPeople", 5));
        created(manager.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(manager, "7664-41-7"), "designMaxTonnes", 20)));
        await().atMost(Duration.ofSeconds(20)).until(() -> manager.get("/api/v1/units/" + warehouse
                + "/major-hazard-assessment").json().path("result").path("majorHazard").asBoolean());
        return warehouse;
    }

    /** The id of the unit's active source. */
    public static String sourceOf(ApiClient manager, String unitId) {
        return manager.get("/api/v1/major-hazard-sources?size=200").json().path("content").valueStream()
                .filter(found -> found.path("unitId").asString().equals(unitId)).findFirst().orElseThrow()
                .path("id").asString();
    }

    /** Names the source's chief, technical and operations leads (user ids). */
    public static void nameAccountable(ApiClient manager, String sourceId, String chief, String technical,
            String operations) {
        Response named = manager.put("/api/v1/major-hazard-sources/" + sourceId + "/accountable-people", Map.of(
                "people", List.of(person("CHIEF", chief, "总经理"), person("TECHNICAL", technical, "总工程师"),
                        person("OPERATIONS", operations, "库区班长"))));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
    }

    private static Map<String, Object> person(String role, String userId, String post) {
        return Map.of("role", role, "userId", userId, "post", post, "phone", "0632-8000001");
    }
}
