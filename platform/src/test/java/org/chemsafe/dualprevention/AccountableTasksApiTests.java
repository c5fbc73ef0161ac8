package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestMajorHazards;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The 包保 checklist as tasks over real HTTP: a major hazard source's chief, technical and operations leads get work
 * types 1, 2 and 3 with items 1–9, 1–9 and 1–10, each assigned to its person with the checklist's cycle, under a unit
 * linked to the source's hazard unit; a second run adds nothing; a source without its three people is a 422, a unit
 * that is not a source a 400, another enterprise's object a 404.
 */
@PlatformTest
class AccountableTasksApiTests {

    @LocalServerPort
    int port;

    @Test
    void theThreeAccountablePeopleGetTheirChecklistsOnce() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        String warehouse = TestMajorHazards.ammoniaWarehouse(manager, "WH-NH3-1", "液氨库");
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氨库重大危险源")));
        String path = "/api/v1/risk-objects/" + object + "/accountable-tasks";

        Response incomplete = manager.post(path, Map.of("majorHazardSourceId", warehouse));
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.body()).contains("CHIEF", "TECHNICAL", "OPERATIONS");

        ApiClient principal = enterprise.newUser(port, "ENTERPRISE_PRINCIPAL");
        String chief = TestUsers.idOf(principal);
        String technical = TestUsers.idOf(enterprise.newUser(port, "SAFETY_MANAGER"));
        String operations = TestUsers.idOf(enterprise.newUser(port, "SHIFT_LEADER"));
        String source = TestMajorHazards.sourceOf(manager, warehouse);
        TestMajorHazards.nameAccountable(manager, source, chief, technical, operations);

        Response generated = manager.post(path, Map.of("majorHazardSourceId", source));
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        JsonNode result = generated.json();
        assertThat(result.path("created").asInt()).isEqualTo(28);
        JsonNode tasks = result.path("tasks");
        assertThat(tasks).hasSize(28);
        for (int workType = 1; workType <= 3; workType++) {
            int type = workType;
            List<JsonNode> ofRole = tasks.valueStream().filter(task -> task.path("workType").asInt() == type).toList();
            assertThat(ofRole.stream().map(task -> task.path("taskNum").asInt()).sorted().toList())
                    .as("work type " + type).isEqualTo(java.util.stream.IntStream.rangeClosed(1, type == 3 ? 10 : 9)
                            .boxed().toList());
            assertThat(ofRole.stream().map(task -> task.path("assigneeId").asString()).distinct().toList())
                    .containsExactly(List.of(chief, technical, operations).get(type - 1));
        }
        JsonNode technicalFirst = tasks.valueStream().filter(task -> task.path("workType").asInt() == 2
                && task.path("taskNum").asInt() == 1).findFirst().orElseThrow();
        assertThat(technicalFirst.path("checkCycle").asInt()).isEqualTo(3);
        assertThat(technicalFirst.path("checkCycleUnit").asString()).isEqualTo("MONTH");
        assertThat(technicalFirst.path("taskStartTime").asString())
                .startsWith(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        JsonNode operationsFirst = tasks.valueStream().filter(task -> task.path("workType").asInt() == 3)
                .findFirst().orElseThrow();
        assertThat(operationsFirst.path("checkCycle").asInt() + " " + operationsFirst.path("checkCycleUnit")
                .asString()).isEqualTo("7 DAY");
        JsonNode riskUnit = manager.get("/api/v1/risk-units/" + result.path("riskUnitId").asString()).json();
        assertThat(riskUnit.path("riskUnitName").asString()).isEqualTo("液氨库 安全包保");
        assertThat(riskUnit.path("hazardUnitId").asString()).isEqualTo(warehouse);
        // the chief's rounds today hold the chief's items
        assertThat(principal.get("/api/v1/inspection-rounds/today").json()).hasSize(9);

        Response again = manager.post(path, Map.of("majorHazardSourceId", warehouse));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("tasks")).hasSize(28);
        assertThat(again.json().path("riskMeasureId").asString()).isEqualTo(result.path("riskMeasureId").asString());

        String plain = created(manager.post("/api/v1/units", unit("WAREHOUSE", "WH-EMPTY-1", "空库")));
        Response notSource = manager.post(path, Map.of("majorHazardSourceId", plain));
        assertThat(notSource.status()).as(notSource.body()).isEqualTo(400);
        assertThat(notSource.json().path("errors").get(0).path("field").asString()).isEqualTo("majorHazardSourceId");
        assertThat(manager.post(path, Map.of()).status()).isEqualTo(400);
        ApiClient stranger = TestEnterprise.register(port).safetyManager(port);
        assertThat(stranger.post(path, Map.of("majorHazardSourceId", source)).status()).isEqualTo(404);
    }


}
