package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The chemicals catalogue over HTTP: GB 18218-2018 Table 1 for everyone, read-only; each enterprise's own chemicals
 * inside its scope only; every bad input a problem that names what is wrong and writes nothing.
 */
@PlatformTest
class ChemicalCatalogueApiTests {

    static final String CHEMICALS = "枣庄示范化工有限公司";
    static final String STORAGE = "枣庄示范储运有限公司";
    static final String STATION = "山亭示范加油站";
    static final String PATH = "/api/v1/chemicals";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChemicalCatalogue catalogue;

    @Test
    void all85Table1SubstancesArePresentForEveryone() {
        JsonNode page = ok(ApiClient.loggedIn(port, "operator").get(PATH + "?scope=REFERENCE&size=200"));
        assertThat(page.path("totalElements").asLong()).isEqualTo(85);
        List<JsonNode> rows = page.path("content").valueStream().toList();
        assertThat(rows).extracting(row -> row.path("gb18218Table1Seq").asInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 85).boxed().toList());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.path("enterpriseId").isNull()).isTrue();
            assertThat(row.path("reference").asBoolean()).isTrue();
            assertThat(row.path("table1CriticalQuantityTonnes").decimalValue()).isPositive();
        });
        assertThat(jdbc.sql("select count(*) from chemical where enterprise_id is null").query(Long.class).single())
                .isEqualTo(85);
    }

    @Test
    void table1SubstancesAreFoundByNameAliasAndCasNumber() {
        ApiClient station = ApiClient.loggedIn(port, "station.safety");
        for (String query : List.of("液氯", "氯", "氯气", "7782-50-5")) {
            JsonNode first = firstFound(station, query);
            assertThat(first.path("name").asString()).as(query).isEqualTo("氯");
            assertThat(first.path("casNumbers").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("7782-50-5");
            assertThat(first.path("table1CriticalQuantityTonnes").decimalValue()).isEqualByComparingTo("5");
            assertThat(first.path("gb18218Table1Seq").asInt()).isEqualTo(12);
        }
        JsonNode ammonia = firstFound(station, "7664-41-7");
        assertThat(ammonia.path("name").asString()).isEqualTo("氨");
        assertThat(ammonia.path("table1CriticalQuantityTonnes").decimalValue()).isEqualByComparingTo("10");
        assertThat(firstFound(station, "tnt").path("name").asString()).isEqualTo("2,4,6-三硝基甲苯");
        assertThat(firstFound(station, "天然气").path("gb18218Table1Seq").asInt()).isEqualTo(49);
        assertThat(ok(station.get(PATH + "?scope=REFERENCE&q=" + encode("9004-70-0"))).path("totalElements").asLong())
                .as("the nitrocellulose rows share a CAS number").isEqualTo(6);
        assertThat(ok(station.get(PATH + "/" + table1Id(12))).path("name").asString()).isEqualTo("氯");
    }

    @Test
    void otherModulesResolveTable1SubstancesThroughTheCatalogue() {
        assertThat(catalogue.findReferencesByCas(CasNumber.parse("7782-50-5"))).singleElement().satisfies(chlorine -> {
            assertThat(chlorine.name()).isEqualTo("氯");
            assertThat(chlorine.isReference()).isTrue();
            assertThat(chlorine.gb18218Table1Seq()).isEqualTo(12);
            assertThat(chlorine.table1CriticalQuantityTonnes()).isEqualByComparingTo("5");
        });
        assertThat(catalogue.findReferencesByCas(CasNumber.parse("9004-70-0")))
                .extracting(ChemicalInfo::gb18218Table1Seq).containsExactly(37, 38, 39, 40, 41, 42);
        assertThat(catalogue.findReferencesByCas(CasNumber.parse("1330-20-7"))).isEmpty();
        assertThat(catalogue.findReferencesByName(" 液氨 ")).extracting(ChemicalInfo::name).containsExactly("氨");
        assertThat(catalogue.findReferencesByName("天然气")).extracting(ChemicalInfo::gb18218Table1Seq)
                .containsExactly(49);
        assertThat(catalogue.findReferencesByName("硝化棉")).hasSize(5);
        assertThat(catalogue.findReferencesByName("氯化")).isEmpty();
        assertThat(catalogue.references()).hasSize(85);
        assertThat(catalogue.find(UUID.fromString(table1Id(1)))).get().extracting(ChemicalInfo::name).isEqualTo("氨");
    }

    @Test
    void theHazardCategoriesAreThoseOfTable2() {
        JsonNode categories = ok(ApiClient.loggedIn(port, "operator").get(PATH + "/hazard-categories"));
        assertThat(categories.size()).isEqualTo(24);
        assertThat(categories.get(0).path("code").asString()).isEqualTo("J1");
        assertThat(categories.get(0).path("name").asString()).startsWith("急性毒性");
        assertThat(categories.get(0).path("criticalTonnes").decimalValue()).isEqualByComparingTo("5");
        assertThat(categories.valueStream().filter(category -> category.path("code").asString().equals("W5.4"))
                .findFirst().orElseThrow().path("criticalTonnes").decimalValue()).isEqualByComparingTo("5000");
    }

    @Test
    void anEnterpriseDefinesChangesAndDeletesItsOwnChemicals() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Response created = safety.post(PATH, chemical("name", "二甲苯（混合）", "aliases", List.of("混合二甲苯", "xylene"),
                "cas", "1330-20-7", "hazardCategories", List.of("W5.4", "J5"), "keySupervised", true, "density", 0.79,
                "lel", 5.5, "pcTwa", 25, "pcStel", 50));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.path("id").asString();
        assertThat(body.path("enterpriseId").asString()).isEqualTo(enterpriseId(CHEMICALS));
        assertThat(body.path("reference").asBoolean()).isFalse();
        assertThat(body.path("casNumbers").get(0).asString()).isEqualTo("1330-20-7");
        assertThat(body.path("hazardCategories").valueStream().map(JsonNode::asString).toList())
                .containsExactly("W5.4", "J5");
        assertThat(body.path("keySupervised").asBoolean()).isTrue();
        assertThat(body.path("highlyToxic").asBoolean()).isFalse();
        assertThat(body.path("density").decimalValue()).isEqualByComparingTo("0.79");
        assertThat(body.path("gb18218Table1Seq").isNull()).as("xylene is not in Table 1").isTrue();
        assertThat(body.path("table1CriticalQuantityTonnes").isNull()).isTrue();
        assertThat(firstFound(safety, "混合二甲苯").path("id").asString()).isEqualTo(id);

        Response updated = safety.put(PATH + "/" + id, chemical("name", "二甲苯", "cas", "1330-20-7", "hazardCategories",
                List.of("W5.4"), "highlyToxic", false, "explosivePrecursor", false, "density", 0.792, "lel", 6,
                "mac", 50));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("name").asString()).isEqualTo("二甲苯");
        assertThat(updated.json().path("aliases").size()).isZero();
        assertThat(updated.json().path("pcTwa").isNull()).isTrue();
        assertThat(ok(safety.get(PATH + "/" + id)).path("lel").decimalValue()).isEqualByComparingTo("6");

        assertThat(safety.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertProblem(safety.get(PATH + "/" + id), 404, "not-found");
        assertThat(count("二甲苯%")).isZero();
    }

    @Test
    void anEntryLinkedToTable1InheritsItsIdentityAndCriticalQuantity() {
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        Response linked = principal.post(PATH, chemical("referenceChemicalId", table1Id(4), "aliases",
                List.of("一号罐区二氧化硫"), "hazardCategories", List.of("J3"), "density", 1.43));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        JsonNode body = linked.json();
        assertThat(body.path("referenceChemicalId").asString()).isEqualTo(table1Id(4));
        assertThat(body.path("name").asString()).isEqualTo("二氧化硫");
        assertThat(body.path("aliases").valueStream().map(JsonNode::asString).toList())
                .containsExactly("亚硫酸酐", "一号罐区二氧化硫");
        assertThat(body.path("casNumbers").get(0).asString()).isEqualTo("7446-09-5");
        assertThat(body.path("gb18218Table1Seq").asInt()).isEqualTo(4);
        assertThat(body.path("table1CriticalQuantityTonnes").decimalValue()).isEqualByComparingTo("20");
        assertThat(body.path("density").decimalValue()).isEqualByComparingTo("1.43");
        assertThat(ok(principal.get(PATH + "?scope=ENTERPRISE&q=" + encode("一号罐区"))).path("totalElements").asLong())
                .isEqualTo(1);

        assertProblem(principal.post(PATH, chemical("referenceChemicalId", table1Id(4))), 409, "conflict");
        assertProblem(principal.post(PATH, chemical("name", "二氧化硫")), 409, "conflict");
        assertThat(jdbc.sql("select count(*) from chemical where reference_chemical_id = cast(:id as uuid)"
                + " and enterprise_id = cast(:enterprise as uuid)")
                .param("id", table1Id(4)).param("enterprise", enterpriseId(CHEMICALS)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void table1RowsAreReadOnly() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        String chlorine = table1Id(12);
        assertProblem(platform.put(PATH + "/" + chlorine, chemical("enterpriseId", enterpriseId(CHEMICALS), "name",
                "氯（改）")), 422, "rule-violation");
        assertProblem(platform.delete(PATH + "/" + chlorine), 422, "rule-violation");
        assertThat(ok(platform.get(PATH + "/" + chlorine)).path("name").asString()).isEqualTo("氯");
        assertThat(count("氯（改）")).isZero();
    }

    @Test
    void anotherEnterprisesChemicalsDoNotExistForAnEnterprise() {
        String id = create("safety", chemical("name", "隔离测试-化工")).path("id").asString();
        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        assertProblem(storage.get(PATH + "/" + id), 404, "not-found");
        assertProblem(storage.put(PATH + "/" + id, chemical("name", "隔离测试-改名")), 404, "not-found");
        assertProblem(storage.delete(PATH + "/" + id), 404, "not-found");
        assertThat(names(storage, "隔离测试")).isEmpty();
        assertProblem(storage.get(PATH + "?enterpriseId=" + enterpriseId(CHEMICALS)), 404, "not-found");
        // naming another enterprise for a new row is refused as in every module (EnterpriseAccess.ownerFor)
        assertProblem(storage.post(PATH, chemical("enterpriseId", enterpriseId(CHEMICALS), "name", "隔离测试-越权")),
                403, "forbidden");
        assertThat(count("隔离测试-改名")).isZero();
        assertThat(count("隔离测试-越权")).isZero();
        assertThat(count("隔离测试-化工")).isEqualTo(1);
    }

    @Test
    void aTownSupervisorSeesTheChemicalsOfItsTownOnly() {
        String chemicals = create("safety", chemical("name", "镇级可见-化工")).path("id").asString();
        String storage = create("storage.safety", chemical("name", "镇级可见-储运")).path("id").asString();
        String station = create("station.safety", chemical("name", "镇级可见-加油站")).path("id").asString();
        ApiClient town = ApiClient.loggedIn(port, "town");
        assertThat(names(town, "镇级可见")).containsExactlyInAnyOrder("镇级可见-化工", "镇级可见-储运");
        assertThat(ok(town.get(PATH + "/" + chemicals)).path("name").asString()).isEqualTo("镇级可见-化工");
        assertThat(ok(town.get(PATH + "/" + storage)).path("name").asString()).isEqualTo("镇级可见-储运");
        assertProblem(town.get(PATH + "/" + station), 404, "not-found");
        assertProblem(town.get(PATH + "?enterpriseId=" + enterpriseId(STATION)), 404, "not-found");
        JsonNode storageOnly = ok(town.get(PATH + "?scope=ENTERPRISE&enterpriseId=" + enterpriseId(STORAGE)
                + "&q=" + encode("镇级可见")));
        assertThat(storageOnly.path("totalElements").asLong()).isEqualTo(1);
        assertThat(names(ApiClient.loggedIn(port, "district"), "镇级可见")).hasSize(3);
        assertThat(names(ApiClient.loggedIn(port, "storage.safety"), "镇级可见")).containsExactly("镇级可见-储运");
    }

    @Test
    void onlyWritersMayWrite() {
        String id = create("safety", chemical("name", "权限测试")).path("id").asString();
        ApiClient operator = ApiClient.loggedIn(port, "operator");
        assertThat(ok(operator.get(PATH + "/" + id)).path("name").asString()).isEqualTo("权限测试");
        assertProblem(operator.post(PATH, chemical("name", "权限测试-操作员")), 403, "forbidden");
        assertProblem(operator.put(PATH + "/" + id, chemical("name", "权限测试-改名")), 403, "forbidden");
        assertProblem(operator.delete(PATH + "/" + id), 403, "forbidden");
        assertProblem(ApiClient.loggedIn(port, "town").post(PATH, chemical("enterpriseId", enterpriseId(STORAGE),
                "name", "权限测试-监管")), 403, "forbidden");
        assertThat(count("权限测试%")).isEqualTo(1);
    }

    @Test
    void thePlatformNamesTheEnterpriseOfANewChemical() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertProblem(platform.post(PATH, chemical("name", "平台测试")), 422, "rule-violation");
        assertProblem(platform.post(PATH, chemical("enterpriseId", UUID.randomUUID(), "name", "平台测试")), 404,
                "not-found");
        assertThat(count("平台测试")).isZero();
        Response created = platform.post(PATH, chemical("enterpriseId", enterpriseId(STATION), "name", "平台测试"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("enterpriseId").asString()).isEqualTo(enterpriseId(STATION));
        String id = created.json().path("id").asString();
        assertProblem(platform.put(PATH + "/" + id, chemical("enterpriseId", enterpriseId(STORAGE), "name", "平台测试")),
                422, "rule-violation");
        assertThat(jdbc.sql("select count(*) from chemical where name = '平台测试' and enterprise_id = cast(:e as uuid)")
                .param("e", enterpriseId(STATION)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void formatAndRangeErrorsNameTheirFields() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        assertInvalid(safety, chemical("name", "坏输入-校验位", "cas", "7782-50-4"), "cas", "checkDigit");
        assertInvalid(safety, chemical("name", "坏输入-格式", "cas", "7782505"), "cas", "format");
        assertInvalid(safety, chemical("name", "坏输入-" + "长".repeat(61)), "name", "Size");
        assertInvalid(safety, chemical("aliases", List.of("坏输入-无名")), "name", "required");
        assertInvalid(safety, chemical("name", "  "), "name", "required");
        assertInvalid(safety, chemical("name", "坏输入-类别", "hazardCategories", List.of("W5.3", "W12")),
                "hazardCategories[1]", "unknown");
        assertInvalid(safety, chemical("name", "坏输入-别名", "aliases", List.of(" ")), "aliases[0]", "NotBlank");
        assertInvalid(safety, chemical("name", "坏输入-密度", "density", 0), "density", "DecimalMin");
        assertInvalid(safety, chemical("name", "坏输入-密度", "density", -1.2), "density", "DecimalMin");
        assertInvalid(safety, chemical("name", "坏输入-下限", "lel", 0), "lel", "DecimalMin");
        assertInvalid(safety, chemical("name", "坏输入-下限", "lel", 100.5), "lel", "DecimalMax");
        assertInvalid(safety, chemical("name", "坏输入-限值", "pcTwa", -1), "pcTwa", "PositiveOrZero");
        assertInvalid(safety, chemical("name", "坏输入-限值", "pcStel", -0.1), "pcStel", "PositiveOrZero");
        assertInvalid(safety, chemical("name", "坏输入-限值", "mac", -5), "mac", "PositiveOrZero");
        assertInvalid(safety, chemical("name", "坏输入-类型", "density", "heavy"), "density", "typeMismatch");
        assertInvalid(safety, chemical("referenceChemicalId", table1Id(1), "name", "坏输入-关联", "cas", "7664-41-7"),
                "cas", "inherited");
        assertInvalid(safety, chemical("referenceChemicalId", table1Id(1), "name", "坏输入-关联"), "name", "inherited");
        assertProblem(safety.postRaw(PATH, "{\"name\": \"坏输入", "application/json"), 400, "malformed-request");
        assertProblem(safety.get(PATH + "?scope=GALAXY"), 400, "validation");
        assertProblem(safety.get(PATH + "?q=" + encode("长".repeat(65))), 400, "validation");
        assertProblem(safety.get(PATH + "/not-a-uuid"), 400, "validation");
        assertThat(count("坏输入%")).as("nothing written").isZero();
    }

    @Test
    void ruleViolationsAndDuplicatesWriteNothing() {
        long storageBefore = storageCount();
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String own = create("safety", chemical("name", "规则测试-原有")).path("id").asString();
        assertProblem(safety.post(PATH, chemical("name", "规则测试-原有")), 409, "conflict");
        assertProblem(safety.post(PATH, chemical("referenceChemicalId", own)), 422, "rule-violation");
        assertProblem(safety.post(PATH, chemical("referenceChemicalId", UUID.randomUUID())), 422, "rule-violation");
        String other = create("safety", chemical("name", "规则测试-另一个")).path("id").asString();
        assertProblem(safety.put(PATH + "/" + other, chemical("name", "规则测试-原有")), 409, "conflict");
        assertProblem(safety.put(PATH + "/" + UUID.randomUUID(), chemical("name", "规则测试-无此")), 404, "not-found");
        assertThat(count("规则测试%")).isEqualTo(2);
        assertThat(ok(safety.get(PATH + "/" + other)).path("name").asString()).isEqualTo("规则测试-另一个");
        assertThat(storageCount()).isEqualTo(storageBefore);
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        Response english = ApiClient.loggedIn(port, "safety").header("Accept-Language", "en")
                .post(PATH, chemical("name", "语言测试", "cas", "7782-50-4"));
        assertProblem(english, 400, "validation");
        assertThat(english.json().path("errors").get(0).path("message").asString()).contains("check digit", "5");
        Response chinese = ApiClient.loggedIn(port, "platform").put(PATH + "/" + table1Id(12), chemical("name", "氯"));
        assertThat(chinese.json().path("detail").asString()).contains("只读");
    }

    @Test
    void theTableRefusesWhatTheApiRefuses() {
        String enterprise = "cast('" + enterpriseId(CHEMICALS) + "' as uuid)";
        String table1 = "cast('" + table1Id(12) + "' as uuid)";
        for (String values : List.of(
                enterprise + ", null, '约束-校验位', '{7782-50-4}', '{}', null, null",
                enterprise + ", null, '约束-两个CAS', '{7782-50-5,7664-41-7}', '{}', null, null",
                enterprise + ", null, '约束-类别', '{}', '{X1}', null, null",
                enterprise + ", null, '约束-密度', '{}', '{}', 0, null",
                enterprise + ", null, '约束-下限', '{}', '{}', null, 100.5",
                enterprise + ", " + table1 + ", '约束-关联又命名', '{}', '{}', null, null",
                enterprise + ", null, null, '{}', '{}', null, null",
                "null, null, '约束-无序号参考', '{}', '{}', null, null")) {
            assertThatThrownBy(() -> jdbc.sql("""
                    insert into chemical (id, enterprise_id, reference_chemical_id, name, cas_numbers,
                                          hazard_categories, density, lel)
                    values (gen_random_uuid(), %s)""".formatted(values)).update())
                    .as(values).isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThatThrownBy(() -> jdbc.sql("update chemical set density = 1.5 where gb18218_seq = 12").update())
                .as("reference rows record nothing of an enterprise's").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("约束-%")).isZero();
    }

    private JsonNode create(String username, Map<String, Object> chemical) {
        Response response = ApiClient.loggedIn(port, username).post(PATH, chemical);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode firstFound(ApiClient client, String query) {
        JsonNode content = ok(client.get(PATH + "?q=" + encode(query))).path("content");
        assertThat(content.size()).as(query).isPositive();
        return content.get(0);
    }

    private List<String> names(ApiClient client, String query) {
        return ok(client.get(PATH + "?scope=ENTERPRISE&size=200&q=" + encode(query))).path("content").valueStream()
                .map(row -> row.path("name").asString()).toList();
    }

    private void assertInvalid(ApiClient client, Map<String, Object> chemical, String field, String code) {
        Response response = client.post(PATH, chemical);
        assertProblem(response, 400, "validation");
        assertThat(response.json().path("errors").valueStream()
                .map(error -> error.path("field").asString() + ":" + error.path("code").asString()))
                .as(response.body()).contains(field + ":" + code);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo(type);
        assertThat(response.json().path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static Map<String, Object> chemical(Object... keysAndValues) {
        Map<String, Object> chemical = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            chemical.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return chemical;
    }

    private long count(String namePattern) {
        return jdbc.sql("select count(*) from chemical where name like :p").param("p", namePattern)
                .query(Long.class).single();
    }

    private long storageCount() {
        return jdbc.sql("select count(*) from chemical where enterprise_id = cast(:e as uuid)")
                .param("e", enterpriseId(STORAGE)).query(Long.class).single();
    }

    private String table1Id(int seq) {
        return jdbc.sql("select id::text from chemical where gb18218_seq = :seq").param("seq", seq)
                .query(String.class).single();
    }

    private String enterpriseId(String name) {
        return jdbc.sql("select id::text from enterprise where name = :n").param("n", name).query(String.class)
                .single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
