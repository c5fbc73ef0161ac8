package org.chemsafe.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.liquidChlorine;
import static org.chemsafe.support.RegistryFixtures.referenceId;
import static org.chemsafe.support.RegistryFixtures.tank;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.enterprise.HazardUnitChanged;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Units are identified and graded from their inventories (GB 18218-2018 4.2, 4.3) and registered as major hazard
 * sources with their accountable people (包保责任人).
 */
@PlatformTest
class MajorHazardSourceApiTests {

    /** The event listeners work after the request commits; on a loaded 2-core CI machine that can take long. */
    private static final Duration ASYNC_WORK = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChlorineTankFarmBecomesASourceAndIsGradedOnceItsExposedPeopleAreKnown() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String chlorine = liquidChlorine(safety, 1.47);
        String farm = newUnit(safety, "TANK_FARM");
        // two 50 m³ tanks at fill ratio 0.8 of liquid chlorine (1.47 t/m³): q = 117.6 t, Q = 5 t → q/Q = 23.52
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-1", chlorine, "50", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-2", chlorine, "50", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/inventory", Map.of("chemicalId", chlorine)));

        JsonNode first = awaitAssessment(safety, farm, assessment -> assessment.path("result").path("majorHazard")
                .asBoolean());
        assertThat(first.path("complete").asBoolean()).isFalse();
        assertThat(first.path("problems").toString()).contains("常住人数");
        assertThat(first.path("result").path("sumRatio").decimalValue()).isEqualByComparingTo("23.52");
        assertThat(first.path("result").path("level").isNull()).as("no α, no level").isTrue();
        JsonNode source = sourceOf(safety, farm);
        assertThat(source.path("level").isNull()).isTrue();
        assertThat(source.path("accountableComplete").asBoolean()).isFalse();
        assertThat(source.path("missingRoles").size()).isEqualTo(3);

        // 40 people → α = 1.2 (Table 5, 30–49); R = 1.2 × 4 × 23.52 = 112.896 ≥ 100 → 一级
        JsonNode graded = safety.put("/api/v1/units/" + farm + "/exposure", Map.of("exposedPeople", 40)).json();
        assertThat(graded.path("complete").asBoolean()).isTrue();
        assertThat(graded.path("result").path("alpha").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(graded.path("result").path("r").decimalValue()).isEqualByComparingTo("112.896");
        assertThat(graded.path("result").path("level").asInt()).isEqualTo(1);
        assertThat(sourceOf(safety, farm).path("level").asInt()).isEqualTo(1);

        // nobody around → α = 0.5; R = 47.04 → 三级
        safety.put("/api/v1/units/" + farm + "/exposure", Map.of("exposedPeople", 0));
        JsonNode detail = safety.get("/api/v1/major-hazard-sources/" + sourceOf(safety, farm).path("id").asString())
                .json();
        assertThat(detail.path("level").asInt()).isEqualTo(3);
        assertThat(detail.path("r").decimalValue()).isEqualByComparingTo("47.04");
        assertThat(detail.path("exposedPeople").asInt()).isZero();
        assertThat(detail.path("assessment").path("result").path("items").get(0).path("criticalQuantitySource")
                .asString()).isEqualTo("TABLE_1");
        assertThat(detail.path("history").size()).isGreaterThanOrEqualTo(3);
        assertThat(detail.path("history").get(0).path("trigger").asString()).isEqualTo("EXPOSURE_CHANGED");
    }

    @Test
    void theStandardsWorkedExampleIsGradedThirdLevel() {
        // major-hazards.md: 30 t 氯 (Q 5, β 4) and 50 t 氨 (Q 10, β 2), 40 people → S = 11, R = 1.2 × 34 = 40.8 → 三级
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String farm = newUnit(safety, "TANK_FARM");
        safety.put("/api/v1/units/" + farm + "/exposure", Map.of("exposedPeople", 40));
        created(safety.post("/api/v1/units/" + farm + "/inventory",
                Map.of("chemicalId", liquidChlorine(safety, 1.47), "designMaxTonnes", 30)));
        created(safety.post("/api/v1/units/" + farm + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7"), "designMaxTonnes", 50)));
        JsonNode assessment = awaitAssessment(safety, farm,
                found -> found.path("result").path("items").size() == 2);
        assertThat(assessment.path("result").path("sumRatio").decimalValue()).isEqualByComparingTo("11");
        assertThat(assessment.path("result").path("r").decimalValue()).isEqualByComparingTo("40.8");
        assertThat(assessment.path("result").path("level").asInt()).isEqualTo(3);
    }

    @Test
    void aChangedDensityReassessesTheUnitsHoldingTheChemical() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String name = "辨识溶剂-" + UUID.randomUUID().toString().substring(0, 8);
        String solvent = created(safety.post("/api/v1/chemicals",
                Map.of("name", name, "hazardCategories", List.of("W5.4"), "density", 0.8)));
        String farm = newUnit(safety, "TANK_FARM");
        // 100 m³ × 0.8 × 0.8 t/m³ = 64 t; W5.4 (Table 2) Q = 5000 t → S = 0.0128
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-1", solvent, "100", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/inventory", Map.of("chemicalId", solvent)));
        awaitAssessment(safety, farm, found -> hasSumRatio(found, "0.0128"));

        // density 2.0 t/m³: 160 t → S = 0.032
        assertThat(safety.put("/api/v1/chemicals/" + solvent, Map.of("name", name, "hazardCategories",
                List.of("W5.4"), "density", 2.0)).status()).isEqualTo(200);
        JsonNode reassessed = awaitAssessment(safety, farm, found -> hasSumRatio(found, "0.032"));
        assertThat(reassessed.path("trigger").asString()).isEqualTo("INVENTORY_CHANGED");
    }

    @Test
    void aUnitThatFallsBelowTheCriticalQuantityIsRetired() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String warehouse = newUnit(safety, "WAREHOUSE");
        safety.put("/api/v1/units/" + warehouse + "/exposure", Map.of("exposedPeople", 10));
        String item = created(safety.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7"), "designMaxTonnes", 10)));
        awaitAssessment(safety, warehouse, found -> found.path("result").path("majorHazard").asBoolean());
        String sourceId = sourceOf(safety, warehouse).path("id").asString();

        // 9.9 t of ammonia (Q = 10 t): S = 0.99 < 1
        safety.put("/api/v1/inventory-items/" + item, Map.of("chemicalId", referenceId(safety, "7664-41-7"),
                "designMaxTonnes", 9.9));
        awaitAssessment(safety, warehouse, found -> !found.path("result").path("majorHazard").asBoolean());
        assertThat(safety.get("/api/v1/major-hazard-sources?size=200").body()).doesNotContain(sourceId);
        JsonNode retired = safety.get("/api/v1/major-hazard-sources/" + sourceId).json();
        assertThat(retired.path("status").asString()).isEqualTo("RETIRED");
        assertThat(safety.get("/api/v1/major-hazard-sources?size=200&includeRetired=true").body()).contains(sourceId);
    }

    @Test
    void aSourceNamesItsThreeAccountablePeopleFromTheEnterprisesUsers() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        Response named = safety.put("/api/v1/major-hazard-sources/" + sourceId + "/accountable-people",
                Map.of("people", List.of(person("CHIEF", "principal", "总经理"),
                        person("TECHNICAL", "safety", "总工程师"), person("OPERATIONS", "shiftlead", "罐区班长"))));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().path("accountableComplete").asBoolean()).isTrue();
        assertThat(named.json().path("accountablePeople").get(0).path("displayName").asString()).isEqualTo("李主任");

        Response outsider = safety.put("/api/v1/major-hazard-sources/" + sourceId + "/accountable-people",
                Map.of("people", List.of(person("CHIEF", "storage.safety", "总经理"),
                        person("TECHNICAL", "safety", "总工程师"), person("OPERATIONS", "shiftlead", "班长"))));
        assertThat(outsider.status()).as("a user of another enterprise").isEqualTo(422);
        Response twice = safety.put("/api/v1/major-hazard-sources/" + sourceId + "/accountable-people",
                Map.of("people", List.of(person("CHIEF", "principal", "总经理"),
                        person("CHIEF", "safety", "总工程师"), person("OPERATIONS", "shiftlead", "班长"))));
        assertThat(twice.status()).isEqualTo(422);
        Response two = safety.put("/api/v1/major-hazard-sources/" + sourceId + "/accountable-people",
                Map.of("people", List.of(person("CHIEF", "principal", "总经理"))));
        assertThat(two.status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("accountablePeople")
                .get(0).path("post").asString()).as("refusals change nothing").isEqualTo("总经理");
    }

    @Test
    void sourcesStayInsideTheScopeAndOnlyEnterpriseManagersChangeThem() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        assertThat(ApiClient.loggedIn(port, "storage.safety").get("/api/v1/major-hazard-sources/" + sourceId)
                .status()).isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "storage.safety").get("/api/v1/major-hazard-sources?size=200").body())
                .doesNotContain(sourceId);
        ApiClient town = ApiClient.loggedIn(port, "town");
        assertThat(town.get("/api/v1/major-hazard-sources/" + sourceId).status()).isEqualTo(200);
        JsonNode counts = town.get("/api/v1/major-hazard-sources/by-enterprise").json();
        assertThat(counts.toString()).contains("枣庄示范化工有限公司", "枣庄示范储运有限公司")
                .doesNotContain("山亭示范加油站");
        String unitId = safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("unitId").asString();
        assertThat(town.put("/api/v1/units/" + unitId + "/exposure", Map.of("exposedPeople", 1)).status())
                .isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "operator").put("/api/v1/units/" + unitId + "/exposure",
                Map.of("exposedPeople", 1)).status()).isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "storage.safety").put("/api/v1/units/" + unitId + "/exposure",
                Map.of("exposedPeople", 1)).status()).isEqualTo(404);
    }

    @Test
    void badExposuresAreRefused() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String farm = newUnit(safety, "TANK_FARM");
        assertThat(safety.put("/api/v1/units/" + farm + "/exposure", Map.of("exposedPeople", -1)).status())
                .isEqualTo(400);
        assertThat(safety.put("/api/v1/units/" + farm + "/exposure", Map.of("exposedPeople", "many")).status())
                .isEqualTo(400);
        assertThat(safety.put("/api/v1/units/" + UUID.randomUUID() + "/exposure", Map.of("exposedPeople", 3))
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from unit_exposure where unit_id = cast(:id as uuid)").param("id", farm)
                .query(Long.class).single()).isZero();
        assertThat(safety.get("/api/v1/major-hazard-sources?level=7").status()).isEqualTo(400);
    }

    @Test
    void theLedgerListsTheSourcesWithTheirLevelsAndPeople() throws Exception {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        gradedSource(safety);
        HttpResponse<byte[]> export = safety.getBytes("/api/v1/major-hazard-sources/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("重大危险源台账");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("级别");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                assertThat(sheet.getRow(row).getCell(0).getStringCellValue()).isEqualTo("枣庄示范化工有限公司");
            }
        }
    }

    @Test
    void aRenamedUnitShowsItsNewNameInTheRegisterItsSearchAndTheLedger() throws Exception {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        JsonNode source = safety.get("/api/v1/major-hazard-sources/" + sourceId).json();
        String code = "RN-" + UUID.randomUUID().toString().substring(0, 8);
        // what the enterprise module announces after a rename (its own test renames through the units API)
        transactions.executeWithoutResult(status -> events.publishEvent(new HazardUnitChanged(
                UUID.fromString(source.path("unitId").asString()),
                UUID.fromString(source.path("enterpriseId").asString()), code, "改名后的液氨库", HazardUnitKind.WAREHOUSE,
                false)));

        JsonNode found = await().atMost(ASYNC_WORK).until(
                () -> safety.get("/api/v1/major-hazard-sources?q=" + code).json().path("content"),
                content -> content.size() == 1);
        assertThat(found.get(0).path("id").asString()).isEqualTo(sourceId);
        assertThat(found.get(0).path("unitName").asString()).isEqualTo("改名后的液氨库");
        assertThat(found.get(0).path("enterpriseName").asString()).isEqualTo("枣庄示范化工有限公司");
        assertThat(safety.get("/api/v1/major-hazard-sources?q=" + source.path("unitCode").asString()).json()
                .path("totalElements").asInt()).as("the old code is gone").isZero();
        assertThat(safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("unitCode").asString())
                .isEqualTo(code);
        assertThat(ledgerUnitNames(safety)).contains("改名后的液氨库").doesNotContain(source.path("unitName").asString());
    }

    @Test
    void anAssessmentThatFindsNothingNewAddsNoHistoryRowUnlessAskedFor() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        String unitId = safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("unitId").asString();
        int before = safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("history").size();
        assertThat(safety.put("/api/v1/units/" + unitId + "/exposure", Map.of("exposedPeople", 5)).status())
                .isEqualTo(200);
        assertThat(safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("history").size())
                .as("the same exposure again").isEqualTo(before);
        assertThat(safety.post("/api/v1/units/" + unitId + "/major-hazard-assessment", Map.of()).status())
                .isEqualTo(200);
        assertThat(safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("history").size())
                .as("a manual re-assessment is always recorded").isEqualTo(before + 1);
    }

    @Test
    void rowLevelSecurityShowsAConnectionOnlyTheRowsOfItsScope() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        String own = safety.get("/api/v1/major-hazard-sources/" + sourceId).json().path("enterpriseId").asString();
        String other = UUID.randomUUID().toString();
        List<String> tables = List.of("major_hazard_source", "major_hazard_unit", "unit_assessment", "unit_exposure",
                "accountable_person");
        // the platform connects as a role row-level security applies to; the scope is set for this transaction only
        transactions.executeWithoutResult(status -> {
            for (String table : tables) {
                assertThat(visibleRows(table, own, own)).as(table + " in scope").isEqualTo(visibleRows(table, own, "*"));
                assertThat(visibleRows(table, own, other)).as(table + " outside the scope").isZero();
            }
            assertThat(visibleRows("major_hazard_source", own, own)).isPositive();
        });
    }

    private long visibleRows(String table, String enterpriseId, String scope) {
        jdbc.sql("select set_config('chemsafe.scope', :scope, true)").param("scope", scope).query(String.class)
                .single();
        return jdbc.sql("select count(*) from " + table + " where enterprise_id = cast(:id as uuid)")
                .param("id", enterpriseId).query(Long.class).single();
    }

    @Test
    void sourcesAreFoundByTheirEnterprisesName() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String sourceId = gradedSource(safety);
        assertThat(safety.get("/api/v1/major-hazard-sources?size=200&q=示范化工").body()).contains(sourceId);
        assertThat(ApiClient.loggedIn(port, "town").get("/api/v1/major-hazard-sources?size=200&q=示范储运").body())
                .doesNotContain(sourceId);
    }

    private List<String> ledgerUnitNames(ApiClient client) throws Exception {
        HttpResponse<byte[]> export = client.getBytes("/api/v1/major-hazard-sources/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            return IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(row -> sheet.getRow(row).getCell(2).getStringCellValue()).toList();
        }
    }

    private String gradedSource(ApiClient safety) {
        String warehouse = newUnit(safety, "WAREHOUSE");
        safety.put("/api/v1/units/" + warehouse + "/exposure", Map.of("exposedPeople", 5));
        created(safety.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7"), "designMaxTonnes", 20)));
        awaitAssessment(safety, warehouse, found -> found.path("result").path("majorHazard").asBoolean());
        return sourceOf(safety, warehouse).path("id").asString();
    }

    private Map<String, Object> person(String role, String username, String post) {
        String userId = jdbc.sql("select id::text from user_account where username = :u").param("u", username)
                .query(String.class).single();
        return Map.of("role", role, "userId", userId, "post", post, "phone", "0632-8000001");
    }

    private static String newUnit(ApiClient client, String kind) {
        String code = kind.substring(0, 2) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return created(client.post("/api/v1/units", unit(kind, code, "辨识测试" + code)));
    }

    /** Inventory changes are assessed after they commit, in the background: wait for the expected assessment. */
    private static JsonNode awaitAssessment(ApiClient client, String unitId,
            Predicate<JsonNode> expected) {
        return await().atMost(ASYNC_WORK).until(() -> {
            Response response = client.get("/api/v1/units/" + unitId + "/major-hazard-assessment");
            return response.status() == 200 ? response.json() : null;
        }, found -> found != null && expected.test(found));
    }

    /** Whether the assessment found S; the assessment of the tank alone, before its inventory line, found none. */
    private static boolean hasSumRatio(JsonNode assessment, String sumRatio) {
        JsonNode found = assessment.path("result").path("sumRatio");
        return found.isNumber() && found.decimalValue().compareTo(new BigDecimal(sumRatio)) == 0;
    }

    private static JsonNode sourceOf(ApiClient client, String unitId) {
        for (JsonNode source : client.get("/api/v1/major-hazard-sources?size=200&includeRetired=true").json()
                .path("content")) {
            if (source.path("unitId").asString().equals(unitId)) {
                return source;
            }
        }
        throw new AssertionError("no source for unit " + unitId);
    }
}
