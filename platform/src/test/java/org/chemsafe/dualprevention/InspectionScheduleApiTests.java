package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST /api/v1/inspection-tasks/schedule-preview over real HTTP: the windows of a schedule, and bad schedules 400. */
@PlatformTest
class InspectionScheduleApiTests {

    static final String PATH = "/api/v1/inspection-tasks/schedule-preview";

    @LocalServerPort
    int port;

    @Test
    void listsTheWorkingDaysWindowsAcrossNationalDay() {
        Response response = safety().post(PATH, Map.of("schedule", schedule("DAY", "WORKING_DAYS"),
                "from", "2026-09-28T00:00:00+08:00", "to", "2026-10-12T00:00:00+08:00"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("truncated").asBoolean()).isFalse();
        assertThat(result.path("occurrences").valueStream()
                .map(window -> OffsetDateTime.parse(window.path("start").asString()).toInstant()))
                .containsExactlyElementsOf(instants("2026-09-28T08:00+08:00", "2026-09-29T08:00+08:00",
                        "2026-09-30T08:00+08:00", "2026-10-08T08:00+08:00", "2026-10-09T08:00+08:00",
                        "2026-10-10T08:00+08:00"));
        assertThat(OffsetDateTime.parse(result.path("occurrences").path(0).path("end").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-09-29T08:00+08:00").toInstant());
    }

    @Test
    void badSchedulesAreA400NamingTheField() {
        Map<String, Object> hourly = schedule("HOUR", "EVERY_DAY");
        assertInvalid(Map.of("schedule", hourly, "from", "2026-12-01T00:00:00+08:00", "to",
                "2026-12-02T00:00:00+08:00"), "schedule.workStartTime");
        Map<String, Object> zeroCycle = new HashMap<>(schedule("DAY", "EVERY_DAY"));
        zeroCycle.put("checkCycle", 0);
        assertInvalid(Map.of("schedule", zeroCycle, "from", "2026-12-01T00:00:00+08:00", "to",
                "2026-12-02T00:00:00+08:00"), "schedule.checkCycle");
        assertInvalid(Map.of("schedule", schedule("WEEK", "EVERY_DAY"), "from", "2026-12-01T00:00:00+08:00", "to",
                "2026-12-02T00:00:00+08:00"), "schedule.checkCycleUnit");
        assertInvalid(Map.of("schedule", schedule("DAY", "EVERY_DAY"), "from", "2026-12-01T00:00:00+08:00", "to",
                "2026-11-30T00:00:00+08:00"), "to");
        assertInvalid(Map.of("schedule", schedule("DAY", "EVERY_DAY"), "from", "2026-12-01T00:00:00+08:00", "to",
                "2028-12-01T00:00:00+08:00"), "to");
        assertInvalid(Map.of("schedule", schedule("DAY", "EVERY_DAY"), "to", "2026-12-02T00:00:00+08:00"), "from");
    }

    private static Map<String, Object> schedule(String unit, String dayType) {
        return Map.of("checkCycle", 1, "checkCycleUnit", unit, "taskStartTime", "2026-09-28T08:00:00",
                "workDayType", dayType);
    }

    private static List<Instant> instants(String... times) {
        return Arrays.stream(times).map(time -> OffsetDateTime.parse(time).toInstant()).toList();
    }

    private ApiClient safety() {
        return ApiClient.loggedIn(port, "safety");
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Response response = safety().post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).containsExactly(field);
    }
}
