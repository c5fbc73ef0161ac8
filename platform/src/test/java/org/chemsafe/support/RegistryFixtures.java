package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** Request bodies and look-ups for tests that build an enterprise's units, tanks and chemicals through the API. */
public final class RegistryFixtures {

    private RegistryFixtures() {
    }

    public static Map<String, Object> unit(String kind, String code, String name) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("kind", kind);
        unit.put("code", code);
        unit.put("name", name);
        return unit;
    }

    public static Map<String, Object> tank(String code, String chemicalId, String volume, String fillRatio) {
        Map<String, Object> tank = new HashMap<>();
        tank.put("code", code);
        tank.put("tankType", "HORIZONTAL");
        tank.put("volumeM3", new BigDecimal(volume));
        tank.put("chemicalId", chemicalId);
        tank.put("designPressureMpa", 1.6);
        tank.put("designTemperatureC", 50);
        tank.put("maxFillRatio", new BigDecimal(fillRatio));
        return tank;
    }

    /**
     * The enterprise's own entry for liquid chlorine, linked to GB 18218 Table 1 row 氯 (one link per enterprise),
     * with a density: found if the caller's enterprise has it, else created.
     */
    public static String liquidChlorine(ApiClient client, double density) {
        JsonNode own = client.get("/api/v1/chemicals?scope=ENTERPRISE&q=7782-50-5").json().path("content");
        if (!own.isEmpty()) {
            return own.get(0).path("id").asString();
        }
        return created(client.post("/api/v1/chemicals",
                Map.of("referenceChemicalId", referenceId(client, "7782-50-5"), "density", density)));
    }

    /** The GB 18218 Table 1 row with this CAS number. */
    public static String referenceId(ApiClient client, String cas) {
        JsonNode page = client.get("/api/v1/chemicals?scope=REFERENCE&q=" + cas).json();
        return page.path("content").get(0).path("id").asString();
    }

    /** The id of a created resource, after checking it was created. */
    public static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
