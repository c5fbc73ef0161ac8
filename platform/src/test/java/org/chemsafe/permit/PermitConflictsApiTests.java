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
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules between an enterprise's permits through the API: each conflict is a 422 naming the rule's words and the
 * other permit; hot work inside a confined space starts only once its confined-space permit is approved (4.6).
 */
@PlatformTest
class PermitConflictsApiTests {

    @LocalServerPort
    int port;

    @Test
    void hotWorkInsideAConfinedSpaceIsLinkedToItsConfinedSpacePermitAndStartsAfterIt() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient signer = enterprise.newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER", "ENTERPRISE_PRINCIPAL");
        String zhang = TestPeople.trainedGuardian(signer);
        Map<String, Object> hotWork = application("1号反应釜", "釜内焊补", "HOT_WORK", zhang);
        hotWork.put("insideConfinedSpace", true);
        Response unlinked = signer.post("/api/v1/permits", TestPermitForms.filled(hotWork));
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(422);
        assertThat(unlinked.json().path("detail").asString()).contains("受限空间作业票");

        String confined = created(signer.post("/api/v1/permits", TestPermitForms.filled(application("1号反应釜", "釜内清理", "CONFINED_SPACE",
                zhang))));
        hotWork.put("linkedPermitIds", List.of(confined));
        String hot = created(signer.post("/api/v1/permits", TestPermitForms.filled(hotWork)));
        for (String step : List.of("WORK_LEADER", "UNIT", "SAFETY_DEPARTMENT", "HOT_WORK_APPROVER", "SHIFT_LEADER_CHECK")) {
            assertThat(signer.post(path(hot, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD))
                    .status()).isEqualTo(200);
        }
        assertThat(signer.post(path(hot, "gas-analyses"), TestSignatures.passingAnalysis()).status()).isEqualTo(200);
        assertThat(signer.post(path(hot, "measures"), TestSignatures.measures(16, 16)).status()).isEqualTo(200);
        Response early = signer.post(path(hot, "start"), Map.of());
        assertThat(early.status()).as("the confined-space permit is not approved yet").isEqualTo(422);
        assertThat(early.json().path("detail").asString()).contains("受限空间");
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            signer.post(path(confined, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
        }
        assertThat(signer.post(path(hot, "start"), Map.of()).json().path("status").asString()).isEqualTo("IN_PROGRESS");

        Map<String, Object> foreign = application("泵房", "焊接", "HOT_WORK", zhang);
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        foreign.put("linkedPermitIds", List.of(created(other.post("/api/v1/permits", TestPermitForms.filled(application("别家罐区", "清罐",
                "CONFINED_SPACE", TestPeople.trainedGuardian(other, "钱监护")))))));
        Response refused = signer.post("/api/v1/permits", TestPermitForms.filled(foreign));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("linkedPermitIds");
    }

    @Test
    void twoPlatesOnOneLineAGuardianInTwoPlacesAndCrossWorkWithoutACoordinatorAreRefused() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String li = TestPeople.trainedGuardian(safety, "李监护");
        Map<String, Object> plate = application("甲醇管线阀组", "加盲板", "BLIND_PLATE", li);
        Response noLine = safety.post("/api/v1/permits", TestPermitForms.filled(plate));
        assertThat(noLine.status()).as(noLine.body()).isEqualTo(400);
        assertThat(noLine.json().path("errors").path(0).path("field").asString()).isEqualTo("pipeline");
        plate.put("pipeline", "P-101");
        String first = created(safety.post("/api/v1/permits", TestPermitForms.filled(plate)));
        String firstNumber = safety.get("/api/v1/permits/" + first).json().path("number").asString();

        Map<String, Object> second = application("甲醇管线泵出口", "抽盲板", "BLIND_PLATE",
                TestPeople.trainedGuardian(safety, "周监护"));
        second.put("pipeline", "p-101");
        Response sameLine = safety.post("/api/v1/permits", TestPermitForms.filled(second));
        assertThat(sameLine.status()).as(sameLine.body()).isEqualTo(422);
        assertThat(sameLine.json().path("detail").asString()).contains(firstNumber, "同一管道");

        Response guardian = safety.post("/api/v1/permits", TestPermitForms.filled(application("脱硫塔", "塔顶检修", "CONFINED_SPACE", li)));
        assertThat(guardian.status()).as(guardian.body()).isEqualTo(422);
        assertThat(guardian.json().path("detail").asString()).contains("监护人 李监护", firstNumber);

        String wu = TestPeople.trainedGuardian(safety, "吴监护");
        Response crossWork = safety.post("/api/v1/permits", TestPermitForms.filled(application("甲醇管线阀组", "保温拆除", "CONFINED_SPACE",
                wu)));
        assertThat(crossWork.status()).as(crossWork.body()).isEqualTo(422);
        assertThat(crossWork.json().path("detail").asString()).contains("协调人");
        Map<String, Object> coordinated = application("甲醇管线阀组", "保温拆除", "CONFINED_SPACE", wu);
        coordinated.put("crossWorkCoordinator", "王协调");
        assertThat(safety.post("/api/v1/permits", TestPermitForms.filled(coordinated)).status()).isEqualTo(201);

        assertThat(safety.post(path(first, "cancel"), Map.of()).status()).isEqualTo(200);
        assertThat(safety.post("/api/v1/permits", TestPermitForms.filled(second)).status()).as("the line is free again").isEqualTo(201);
    }

    private static Map<String, Object> application(String location, String content, String type,
            String guardianId) {
        Instant now = Instant.now();
        Map<String, Object> facts = new HashMap<>(Map.of("type", type, "plannedStart", now.toString(), "plannedEnd",
                now.plus(4, ChronoUnit.HOURS).toString()));
        if (type.equals("HOT_WORK")) {
            facts.put("fireExplosionArea", true);
        }
        return new HashMap<>(Map.of("location", location, "content", content, "guardianId", guardianId, "facts", facts));
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }
}
