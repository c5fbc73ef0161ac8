package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Every one of the 8 types of GB 30871-2022 through the whole workflow, as its people do it: applied for with the
 * type's facts and its qualified crew, signed through its own chain (Appendix A order, 12.2), its checklist confirmed
 * (Appendix A's item count), gas analysed where the rules ask for it, started, suspended and resumed, completed,
 * accepted, and closed with an intact SM3 chain. The record kinds are checked in order.
 */
@PlatformTest
class PermitTypeWorkflowApiTests {

    @LocalServerPort
    int port;

    /** A type's facts beyond the planned period, its checklist's length, its chain and its workers' certificate. */
    record TypeCase(String type, Map<String, Object> facts, Map<String, Object> job, int measures,
            List<String> chain, String certificate) {

        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Arguments> types() {
        return Stream.of(
                new TypeCase("HOT_WORK", Map.of("fireExplosionArea", true), Map.of(), 16,
                        List.of("WORK_LEADER", "UNIT", "SAFETY_DEPARTMENT", "HOT_WORK_APPROVER", "SHIFT_LEADER_CHECK"),
                        "WELDING_CUTTING"),
                new TypeCase("CONFINED_SPACE", Map.of(), Map.of(), 15, List.of("WORK_LEADER", "UNIT"), ""),
                new TypeCase("BLIND_PLATE", Map.of("fireExplosionArea", true), Map.of("pipeline", "P-201"), 11,
                        List.of("WORK_LEADER", "UNIT"), ""),
                new TypeCase("HEIGHT", Map.of("heightMetres", 12), Map.of(), 15,
                        List.of("WORK_LEADER", "UNIT", "REVIEW_DEPARTMENT", "APPROVAL_DEPARTMENT"), ""),
                new TypeCase("LIFTING", Map.of("loadTonnes", 60), Map.of(), 20,
                        List.of("LIFTING_COMMANDER", "UNIT", "REVIEW_DEPARTMENT", "APPROVAL_DEPARTMENT"),
                        "CRANE_OPERATOR"),
                new TypeCase("TEMPORARY_POWER", Map.of(), Map.of(), 14,
                        List.of("WORK_LEADER", "POWER_USER_UNIT", "POWER_SUPPLY_UNIT"), "ELECTRICIAN"),
                new TypeCase("EXCAVATION", Map.of("depthMetres", 0.8), Map.of(), 11,
                        List.of("WORK_LEADER", "UNIT", "COUNTERSIGN", "APPROVAL_DEPARTMENT"), ""),
                new TypeCase("ROAD_BREAKING", Map.of(), Map.of(), 4,
                        List.of("WORK_LEADER", "UNIT", "FIRE_AND_SAFETY_DEPARTMENTS", "APPROVAL_DEPARTMENT"), ""))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void fromApplicationToClosure(TypeCase type) {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient crew = enterprise.newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER", "ENTERPRISE_PRINCIPAL");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> facts = new HashMap<>(type.facts());
        facts.put("type", type.type());
        facts.put("plannedStart", now.minus(5, ChronoUnit.MINUTES).toString());
        facts.put("plannedEnd", now.plus(4, ChronoUnit.HOURS).toString());
        Map<String, Object> application = new HashMap<>(type.job());
        application.put("location", "一号装置区");
        application.put("content", "检修作业");
        application.put("facts", facts);
        application.put("guardianId", TestPeople.trainedGuardian(crew));
        if (!type.certificate().isEmpty()) {
            application.put("workerIds", List.of(TestPeople.qualified(crew, "持证作业人", type.certificate(),
                    LocalDate.now().plusYears(1))));
        }
        Response applied = crew.post("/api/v1/permits", TestPermitForms.filled(application));
        String id = created(applied);
        assertThat(applied.json().path("chain").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(type.chain());

        for (String step : type.chain()) {
            Response signed = crew.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
            assertThat(signed.status()).as(step + " " + signed.body()).isEqualTo(200);
        }
        assertThat(crew.get("/api/v1/permits/" + id).json().path("status").asString()).isEqualTo("APPROVED");
        ok(crew.post(path(id, "measures"), TestSignatures.measures(type.measures(), 2)));
        boolean gasRequired = ok(crew.post("/api/v1/permits/rules/classify", facts)).path("gasAnalysisRequired")
                .asBoolean();
        if (gasRequired) {
            assertThat(crew.post(path(id, "start"), Map.of()).status()).as("no gas analysis yet").isEqualTo(422);
            ok(crew.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis()));
        }
        assertThat(ok(crew.post(path(id, "start"), Map.of())).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ok(crew.post(path(id, "suspend"), Map.of("remark", "午休"))).path("status").asString())
                .isEqualTo("SUSPENDED");
        assertThat(ok(crew.post(path(id, "resume"), Map.of())).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ok(crew.post(path(id, "complete"), Map.of())).path("status").asString()).isEqualTo("COMPLETED");
        JsonNode closed = ok(crew.post(path(id, "accept"), Map.of("remark", "验收合格")));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");

        List<String> kinds = new ArrayList<>(List.of("APPLIED"));
        type.chain().forEach(step -> kinds.add("SIGNED"));
        kinds.add("MEASURES_CONFIRMED");
        if (gasRequired) {
            kinds.add("GAS_ANALYSED");
        }
        kinds.addAll(List.of("STARTED", "SUSPENDED", "RESUMED", "COMPLETED", "ACCEPTED"));
        assertThat(closed.path("records").valueStream().map(r -> r.path("kind").asString())).containsExactlyElementsOf(
                kinds);
        assertThat(ok(crew.get(path(id, "verification"))).path("valid").asBoolean()).isTrue();
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
