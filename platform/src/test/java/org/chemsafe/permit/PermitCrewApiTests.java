package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people a permit names, from the enterprise's register: a guardian without a guardian training record valid
 * through the planned end is refused (GB 30871-2022 4.10), as are hot workers, temporary-power workers and lifting
 * operators without their certificate (Appendix A); an expiry on the last planned day is still valid, the day before
 * is not; someone not registered, another enterprise's person or a disabled one is a 400 naming the field.
 */
@PlatformTest
class PermitCrewApiTests {

    @LocalServerPort
    int port;

    @Test
    void theGuardianIsTrainedThroughThePlannedEnd() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDate lastDay = start.plus(4, ChronoUnit.HOURS).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        String untrained = TestPeople.person(safety, "孙未培训");
        assertRefused(safety.post("/api/v1/permits", TestPermitForms.filled(application("CONFINED_SPACE", untrained, List.of(), start))),
                "监护人 孙未培训", "4.10");
        String lapsed = TestPeople.qualified(safety, "周过期", "GUARDIAN_TRAINING", lastDay.minusDays(1));
        assertRefused(safety.post("/api/v1/permits", TestPermitForms.filled(application("CONFINED_SPACE", lapsed, List.of(), start))),
                "监护人 周过期", "4.10");
        String justValid = TestPeople.qualified(safety, "吴当天", "GUARDIAN_TRAINING", lastDay);
        Response applied = safety.post("/api/v1/permits", TestPermitForms.filled(application("CONFINED_SPACE", justValid, List.of(), start)));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("records").get(0).path("body").asString()).contains("\"guardian\":\"吴当天\"",
                "\"guardianId\":\"" + justValid + "\"");

        String foreign = TestPeople.trainedGuardian(TestEnterprise.register(port).safetyManager(port));
        assertField(safety.post("/api/v1/permits", TestPermitForms.filled(application("CONFINED_SPACE", foreign, List.of(), start))),
                "guardianId");
        safety.put("/api/v1/people/" + justValid, Map.of("name", "吴当天", "enabled", false));
        assertField(safety.post("/api/v1/permits", TestPermitForms.filled(application("CONFINED_SPACE", justValid, List.of(), start))),
                "guardianId");
        Map<String, Object> unnamed = application("CONFINED_SPACE", justValid, List.of(), start);
        unnamed.remove("guardianId");
        assertField(safety.post("/api/v1/permits", TestPermitForms.filled(unnamed)), "guardianId");
    }

    @Test
    void hotWorkTemporaryPowerAndLiftingWorkersHoldTheirCertificates() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDate inAYear = LocalDate.now().plusYears(1);
        String guardian = TestPeople.trainedGuardian(safety);
        String welder = TestPeople.qualified(safety, "王焊工", "WELDING_CUTTING", inAYear);
        String electrician = TestPeople.qualified(safety, "李电工", "ELECTRICIAN", inAYear);
        String craneOperator = TestPeople.qualified(safety, "赵司机", "CRANE_OPERATOR", inAYear);

        assertRefused(safety.post("/api/v1/permits", TestPermitForms.filled(application("HOT_WORK", guardian, List.of(electrician),
                start))), "动火人 李电工", "A.1");
        assertRefused(safety.post("/api/v1/permits", TestPermitForms.filled(application("TEMPORARY_POWER", guardian, List.of(welder),
                start))), "用电作业人 王焊工", "A.6");
        assertRefused(safety.post("/api/v1/permits", TestPermitForms.filled(application("LIFTING", guardian, List.of(welder), start))),
                "王焊工", "A.5");
        assertField(safety.post("/api/v1/permits", TestPermitForms.filled(application("HOT_WORK", guardian, List.of(welder,
                TestPeople.person(TestEnterprise.register(port).safetyManager(port), "外人")), start))),
                "workerIds[1]");

        // each permit its own guardian: one guardian guards no two places at once (4.10)
        Response hot = safety.post("/api/v1/permits", TestPermitForms.filled(application("HOT_WORK", guardian, List.of(welder), start)));
        assertThat(hot.status()).as(hot.body()).isEqualTo(201);
        assertThat(hot.json().path("records").get(0).path("body").asString()).as("the hash-chained application")
                .contains("\"name\":\"王焊工\"", "\"certificateNumber\":\"WELDING_CUTTING-王焊工\"");
        assertThat(safety.post("/api/v1/permits", TestPermitForms.filled(application("TEMPORARY_POWER", TestPeople.trainedGuardian(safety,
                "钱监护"), List.of(electrician), start))).status()).isEqualTo(201);
        assertThat(safety.post("/api/v1/permits", TestPermitForms.filled(application("LIFTING", TestPeople.trainedGuardian(safety, "孙监护"),
                List.of(craneOperator), start))).status()).isEqualTo(201);
        assertThat(safety.post("/api/v1/permits", TestPermitForms.filled(application("HEIGHT", TestPeople.trainedGuardian(safety, "李监护"),
                List.of(welder), start))).status()).as("height work asks for no certificate").isEqualTo(201);
    }

    private static Map<String, Object> application(String type, String guardianId, List<String> workerIds,
            Instant start) {
        Map<String, Object> facts = new HashMap<>(Map.of("type", type, "plannedStart", start.toString(),
                "plannedEnd", start.plus(4, ChronoUnit.HOURS).toString()));
        if (type.equals("HEIGHT")) {
            facts.put("heightMetres", 8);
        }
        if (type.equals("LIFTING")) {
            facts.put("loadTonnes", 50);
        }
        return new HashMap<>(Map.of("location", "2号罐区" + type, "content", "检修", "guardianId", guardianId,
                "workerIds", workerIds, "facts", facts));
    }

    private static void assertRefused(Response response, String... parts) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("detail").asString()).contains(parts);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(field);
    }
}
