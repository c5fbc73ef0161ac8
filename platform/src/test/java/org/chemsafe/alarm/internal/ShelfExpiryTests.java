package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.chemsafe.alarm.AlarmApiTests;
import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** An expired shelf returns the alarm to the console, judged by the clock the job is given (moved ahead here). */
@PlatformTest
class ShelfExpiryTests {

    @LocalServerPort
    int port;

    @Autowired
    AlarmCentre centre;

    @Autowired
    AlarmRepository alarms;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aShelfRunsUntilItsExpiryAndThenTheAlarmReturns() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = AlarmApiTests.raisedAlarm(centre, enterprise, safety);
        Instant until = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(safety.post("/api/v1/alarms/" + id + "/shelve", Map.of("reason", "液位计标定", "until",
                until.toString())).status()).isEqualTo(200);

        new ShelfExpiry(alarms, transactions, Clock.fixed(until.minusSeconds(1), Clock.systemUTC().getZone()))
                .returnExpired();
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("shelved").asBoolean()).isTrue();

        assertThat(new ShelfExpiry(alarms, transactions, Clock.fixed(until, Clock.systemUTC().getZone()))
                .returnExpired()).isGreaterThanOrEqualTo(1);
        JsonNode alarm = safety.get("/api/v1/alarms/" + id).json();
        assertThat(alarm.path("shelved").asBoolean()).isFalse();
        assertThat(alarm.path("active").asBoolean()).isTrue();
        JsonNode last = alarm.path("transitions").get(alarm.path("transitions").size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("UNSHELVED");
        assertThat(last.path("actorName").asString()).isEqualTo("system");
        assertThat(last.path("comment").asString()).isEqualTo(ShelfExpiry.EXPIRED);
        assertThat(last.path("at").asString()).isEqualTo(until.toString());
    }
}
