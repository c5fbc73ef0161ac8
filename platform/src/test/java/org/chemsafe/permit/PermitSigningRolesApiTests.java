package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Who signs a block of a permit's chain (GB 30871-2022 Table B.1 and its note 1): the holders of the roles bound to
 * the block's function, by default or as the enterprise bound them; the approval inbox lists what waits for the
 * caller.
 */
@PlatformTest
class PermitSigningRolesApiTests {

    private static final String INBOX = "/api/v1/permits/inbox";
    private static final String ROLES = "/api/v1/permit-signing-roles";

    @LocalServerPort
    int port;

    @Test
    void theApproverOfTableB1SignsAndTheEnterpriseMayBindTheFunctionToItsOwnRoles() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        ApiClient principal = enterprise.newUser(port, "ENTERPRISE_PRINCIPAL");
        ApiClient shiftLeader = enterprise.newUser(port, "SHIFT_LEADER");
        // 35 m is height work of grade Ⅳ (8.1.3, Table 2), approved by 主管厂长或总工程师 (Table B.1)
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(heightWork(safety, 35))));
        JsonNode permit = safety.get("/api/v1/permits/" + id).json();
        assertThat(permit.path("grade").asString()).isEqualTo("IV");
        assertThat(permit.path("nextFunction").asString()).isEqualTo("WORK_LEADER");
        assertThat(ids(shiftLeader.get(INBOX).json())).contains(id);

        for (String step : List.of("WORK_LEADER", "UNIT", "REVIEW_DEPARTMENT")) {
            Response signed = safety.post(signatures(id), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
            assertThat(signed.status()).as(step + " " + signed.body()).isEqualTo(200);
        }
        JsonNode awaiting = safety.get("/api/v1/permits/" + id).json();
        assertThat(awaiting.path("nextSignature").asString()).isEqualTo("APPROVAL_DEPARTMENT");
        assertThat(awaiting.path("nextFunction").asString()).isEqualTo("PLANT_MANAGER_OR_CHIEF_ENGINEER");
        Response refused = safety.post(signatures(id),
                TestSignatures.signature("APPROVAL_DEPARTMENT", ApiClient.DEMO_PASSWORD));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("主管厂长或总工程师");
        assertThat(ids(safety.get(INBOX).json())).doesNotContain(id);
        assertThat(ids(shiftLeader.get(INBOX).json())).doesNotContain(id);
        JsonNode item = find(principal.get(INBOX).json(), id);
        assertThat(item.path("step").asString()).isEqualTo("APPROVAL_DEPARTMENT");
        assertThat(item.path("function").asString()).isEqualTo("PLANT_MANAGER_OR_CHIEF_ENGINEER");
        assertThat(item.path("signed").asInt()).isEqualTo(3);
        assertThat(item.path("blocks").asInt()).isEqualTo(4);

        // the enterprise has its chief engineer in the safety managers' role
        JsonNode bound = ok(safety.put(ROLES + "/PLANT_MANAGER_OR_CHIEF_ENGINEER",
                Map.of("roles", List.of("SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL"))));
        assertThat(bound.path("custom").asBoolean()).isTrue();
        assertThat(bound.path("roles").valueStream().map(JsonNode::asString))
                .containsExactly("SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL");
        assertThat(ids(safety.get(INBOX).json())).contains(id);
        JsonNode approved = ok(safety.post(signatures(id),
                TestSignatures.signature("APPROVAL_DEPARTMENT", ApiClient.DEMO_PASSWORD)));
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("records").path(4).path("body").asString())
                .contains("\"function\":\"PLANT_MANAGER_OR_CHIEF_ENGINEER\"");
        assertThat(ids(principal.get(INBOX).json())).doesNotContain(id);

        JsonNode listed = ok(safety.get(ROLES));
        assertThat(listed.size()).isEqualTo(14);
        assertThat(function(listed, "PLANT_MANAGER_OR_CHIEF_ENGINEER").path("updatedBy").isString()).isTrue();
        assertThat(function(listed, "SHIFT_LEADER_CHECK").path("roles").valueStream().map(JsonNode::asString))
                .containsExactly("SHIFT_LEADER");
        JsonNode reset = ok(safety.delete(ROLES + "/PLANT_MANAGER_OR_CHIEF_ENGINEER"));
        assertThat(reset.path("custom").asBoolean()).isFalse();
        assertThat(reset.path("roles").valueStream().map(JsonNode::asString)).containsExactly("ENTERPRISE_PRINCIPAL");
    }

    @Test
    void onlyTheShiftLeaderOnDutyChecksAHotWorkPermitBeforeIgnition() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.newUser(port, "SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL");
        ApiClient shiftLeader = enterprise.newUser(port, "SHIFT_LEADER");
        Instant now = Instant.now();
        String id = created(manager.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(manager), "location", "2号罐区泵房", "content", "焊接",
                "facts", Map.of("type", "HOT_WORK", "fireExplosionArea", true, "plannedStart", now.toString(),
                        "plannedEnd", now.plus(4, ChronoUnit.HOURS).toString())))));
        for (String step : List.of("WORK_LEADER", "UNIT", "SAFETY_DEPARTMENT", "HOT_WORK_APPROVER")) {
            ok(manager.post(signatures(id), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD)));
        }
        Response refused = manager.post(signatures(id),
                TestSignatures.signature("SHIFT_LEADER_CHECK", ApiClient.DEMO_PASSWORD));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("岗位当班班长");
        assertThat(find(shiftLeader.get(INBOX).json(), id).path("step").asString()).isEqualTo("SHIFT_LEADER_CHECK");
        assertThat(ok(shiftLeader.post(signatures(id), TestSignatures.signature("SHIFT_LEADER_CHECK",
                ApiClient.DEMO_PASSWORD))).path("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void badBindingsAreRefusedAndOnlyTheEnterprisesManagersBind() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Response unknown = safety.put(ROLES + "/UNIT", Map.of("roles", List.of("NO_SUCH_ROLE")));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path(0).path("field").asString()).isEqualTo("roles");
        Response empty = safety.put(ROLES + "/UNIT", Map.of("roles", List.of()));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(safety.put(ROLES + "/NO_SUCH_FUNCTION", Map.of("roles", List.of("SAFETY_MANAGER"))).status())
                .isEqualTo(400);
        assertThat(enterprise.newUser(port, "SHIFT_LEADER").put(ROLES + "/UNIT",
                Map.of("roles", List.of("SHIFT_LEADER"))).status()).as("a shift leader does not bind").isEqualTo(403);
        Response otherEnterprise = ApiClient.loggedIn(port, TestEnterprise.register(port).safetyManager())
                .put(ROLES + "/UNIT", Map.of("enterpriseId", enterprise.id(), "roles", List.of("SHIFT_LEADER")));
        assertThat(otherEnterprise.status()).as("another enterprise's manager").isEqualTo(403);
        assertThat(ok(safety.get(ROLES)).valueStream().noneMatch(f -> f.path("custom").asBoolean())).isTrue();
    }

    private static Map<String, Object> heightWork(ApiClient applicant, int metres) {
        Instant now = Instant.now();
        return Map.of("guardianId", TestPeople.trainedGuardian(applicant), "location", "脱硫塔", "content", "塔顶检修", "facts", Map.of("type", "HEIGHT", "heightMetres",
                metres, "plannedStart", now.toString(), "plannedEnd", now.plus(4, ChronoUnit.HOURS).toString()));
    }

    private static String signatures(String id) {
        return "/api/v1/permits/" + id + "/signatures";
    }

    private static List<String> ids(JsonNode inbox) {
        return inbox.valueStream().map(item -> item.path("id").asString()).toList();
    }

    private static JsonNode find(JsonNode inbox, String id) {
        return inbox.valueStream().filter(item -> item.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode function(JsonNode list, String function) {
        return list.valueStream().filter(f -> f.path("function").asString().equals(function)).findFirst()
                .orElseThrow();
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
