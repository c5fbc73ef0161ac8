package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.liquidChlorine;
import static org.chemsafe.support.RegistryFixtures.referenceId;
import static org.chemsafe.support.RegistryFixtures.tank;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PlatformTest
class HazardUnitApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTankFarmDerivesItsDesignMaximumFromItsTanks() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String chlorine = liquidChlorine(safety, 1.47);
        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-CL-01", "液氯罐区")));
        // two 10 m³ tanks at a maximum fill ratio of 0.8: 2 × 10 × 0.8 × 1.47 = 23.52 t
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-101", chlorine, "10", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-102", chlorine, "10", "0.8")));
        Response item = safety.post("/api/v1/units/" + farm + "/inventory", Map.of("chemicalId", chlorine));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(item.json().path("designMaxTonnes").decimalValue()).isEqualByComparingTo("23.52");
        assertThat(item.json().path("source").asString()).isEqualTo("DERIVED_FROM_TANKS");

        JsonNode tanks = safety.get("/api/v1/units/" + farm + "/tanks").json();
        assertThat(tanks.size()).isEqualTo(2);
        assertThat(tanks.get(0).path("chemicalName").asString()).isEqualTo("氯");
        assertThat(safety.get("/api/v1/units/" + farm).json().path("tankCount").asInt()).isEqualTo(2);
    }

    @Test
    void aDerivedQuantityWithoutDensitySaysWhy() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String ammonia = referenceId(safety, "7664-41-7");
        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-NH3-01", "液氨罐区")));
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-201", ammonia, "50", "0.85")));
        JsonNode item = safety.post("/api/v1/units/" + farm + "/inventory", Map.of("chemicalId", ammonia)).json();
        assertThat(item.path("designMaxTonnes").isNull()).isTrue();
        assertThat(item.path("problem").asString()).contains("密度");
    }

    @Test
    void productionUnitsKeepTheirProcessesAndStatusHistory() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Map<String, Object> request = unit("PRODUCTION_UNIT", "PU-CL-01", "氯化装置");
        request.put("hazardousProcesses", List.of("CHLORINATION"));
        JsonNode unit = safety.post("/api/v1/units", request).json();
        assertThat(unit.path("status").asString()).isEqualTo("RUNNING");
        String id = unit.path("id").asString();
        Response overhaul = safety.post("/api/v1/units/" + id + "/status", Map.of("status", "OVERHAUL", "reason", "年度大修"));
        assertThat(overhaul.status()).isEqualTo(200);
        assertThat(safety.post("/api/v1/units/" + id + "/status", Map.of("status", "OVERHAUL")).status())
                .isEqualTo(409);
        JsonNode history = safety.get("/api/v1/units/" + id + "/status-history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("toStatus").asString()).isEqualTo("OVERHAUL");
        assertThat(history.get(0).path("reason").asString()).isEqualTo("年度大修");
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo("safety");
        assertThat(safety.get("/api/v1/hazardous-processes").json().size()).isEqualTo(18);
    }

    @Test
    void badUnitsAreRefusedAndNothingIsWritten() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Map<String, Object> warehouseWithProcess = unit("WAREHOUSE", "WH-BAD-1", "坏仓库");
        warehouseWithProcess.put("hazardousProcesses", List.of("NITRATION"));
        assertThat(safety.post("/api/v1/units", warehouseWithProcess).status()).isEqualTo(422);
        Map<String, Object> unknownProcess = unit("PRODUCTION_UNIT", "PU-BAD-1", "坏装置");
        unknownProcess.put("hazardousProcesses", List.of("ALCHEMY"));
        assertThat(safety.post("/api/v1/units", unknownProcess).status()).isEqualTo(422);
        assertThat(safety.post("/api/v1/units", unit("SPACESHIP", "X-1", "x")).status()).isEqualTo(400);
        assertThat(safety.post("/api/v1/units", unit("WAREHOUSE", "含 空格", "x")).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from hazard_unit where code like '%BAD%'").query(Long.class).single())
                .isZero();

        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-BAD-CHECK", "校验罐区")));
        Response overfull = safety.post("/api/v1/units/" + farm + "/tanks", tank("V-1", null, "10", "1.2"));
        assertThat(overfull.status()).isEqualTo(400);
        assertThat(overfull.json().path("errors").get(0).path("field").asString()).isEqualTo("maxFillRatio");
        assertThat(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-1", null, "-5", "0.8")).status())
                .isEqualTo(400);
        String warehouse = created(safety.post("/api/v1/units", unit("WAREHOUSE", "WH-CHECK", "校验仓库")));
        assertThat(safety.post("/api/v1/units/" + warehouse + "/tanks", tank("V-1", null, "10", "0.8")).status())
                .as("tanks only in tank farms").isEqualTo(422);
        Response noQuantity = safety.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7")));
        assertThat(noQuantity.status()).as("only tank farms derive").isEqualTo(422);
        Response negative = safety.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7"), "designMaxTonnes", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from tank where code = 'V-1'").query(Long.class).single()).isZero();
    }

    @Test
    void unitsStayInsideTheirEnterprise() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-PRIVATE", "私有罐区")));
        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        assertThat(storage.get("/api/v1/units/" + farm).status()).isEqualTo(404);
        assertThat(storage.get("/api/v1/units/" + farm + "/tanks").status()).isEqualTo(404);
        assertThat(storage.post("/api/v1/units/" + farm + "/tanks", tank("V-X", null, "1", "0.5")).status())
                .isEqualTo(404);
        assertThat(storage.get("/api/v1/units?size=200").body()).doesNotContain("TF-PRIVATE");
        String chlorineOfChemicals = liquidChlorine(safety, 1.47);
        String own = created(storage.post("/api/v1/units", unit("TANK_FARM", "TF-STORAGE", "储运罐区")));
        assertThat(storage.post("/api/v1/units/" + own + "/tanks", tank("V-9", chlorineOfChemicals, "1", "0.5"))
                .status()).as("another enterprise's chemical").isEqualTo(422);

        assertThat(ApiClient.loggedIn(port, "town").get("/api/v1/units?size=200").body()).contains("TF-PRIVATE");
        assertThat(ApiClient.loggedIn(port, "station.safety").get("/api/v1/units?size=200").body())
                .doesNotContain("TF-PRIVATE");
        assertThat(ApiClient.loggedIn(port, "town").post("/api/v1/units", unit("WAREHOUSE", "WH-GOV", "x")).status())
                .as("supervisors read, enterprises write").isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "operator").post("/api/v1/units", unit("WAREHOUSE", "WH-OP", "x"))
                .status()).isEqualTo(403);
    }
}
