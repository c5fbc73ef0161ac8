package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Confined-space work in progress logs a gas reading at least every 2 h (6.5): one 2 h and a bit old raises a red
 * GAS_READING_OVERDUE alarm of the permit; the next reading returns it; a reading within the 2 h raises nothing.
 */
@PlatformTest
class GasReadingWatchTests {

    @LocalServerPort
    int port;

    @Autowired
    GasReadingWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReadingOlderThanTwoHoursRaisesARedAlarmUntilTheNextOne() {
        ApiClient safety = TestEnterprise.register(port).newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER",
                "ENTERPRISE_PRINCIPAL");
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(
                TestSignatures.confinedSpaceApplication(safety))));
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            safety.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
        }
        safety.post(path(id, "measures"), TestSignatures.measures(15, 5));
        safety.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis());
        assertThat(safety.post(path(id, "start"), Map.of()).json().path("status").asString()).isEqualTo("IN_PROGRESS");

        watch.check(Instant.now());
        assertThat(alarms(safety, id).size()).as("a fresh reading").isZero();

        jdbc.sql("update permit_record set recorded_at = recorded_at - interval '2 hours 1 minute' "
                + "where permit_id = cast(:id as uuid) and kind = 'GAS_ANALYSED'").param("id", id).update();
        assertThat(watch.check(Instant.now())).isPositive();
        JsonNode alarm = alarms(safety, id).path(0);
        assertThat(alarm.path("type").asString()).isEqualTo("GAS_READING_OVERDUE");
        assertThat(alarm.path("severity").asString()).isEqualTo("CRITICAL");
        assertThat(alarm.path("active").asBoolean()).isTrue();

        safety.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis());
        watch.check(Instant.now().plusSeconds(1));
        assertThat(alarms(safety, id).path(0).path("active").asBoolean()).as("returned by the next reading").isFalse();
    }

    private static JsonNode alarms(ApiClient client, String permitId) {
        return client.get("/api/v1/alarms?originatorId=" + permitId).json().path("content");
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }
}
