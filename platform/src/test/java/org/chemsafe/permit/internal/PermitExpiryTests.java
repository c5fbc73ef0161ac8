package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.chemsafe.permit.PermitEnded;
import org.chemsafe.permit.PermitIssued;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import tools.jackson.databind.JsonNode;

/**
 * A permit is valid for its planned period only (5.1.5, 6.10, 8.2.11, 10.8): at its end, when the work is not
 * completed, the platform ends it with a chained record and a {@link PermitEnded} event; an issued permit announces
 * itself with {@link PermitIssued}.
 */
@PlatformTest
class PermitExpiryTests {

    /** Every event the platform publishes while a test runs, from any thread (the requests run on the server's). */
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> published
            .add(event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event);

    @LocalServerPort
    int port;

    @Autowired
    PermitExpiry expiry;

    @Autowired
    PermitRepository permits;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @BeforeEach
    void record() {
        multicaster.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        multicaster.removeApplicationListener(recorder);
    }

    private <T> Stream<T> events(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast);
    }

    @Test
    void anIssuedPermitWhoseValidityRunsOutBeforeTheWorkIsCompletedEnds() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            assertThat(safety.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD))
                    .status()).isEqualTo(200);
        }
        assertThat(events(PermitIssued.class).filter(e -> e.permitId().toString().equals(id)))
                .singleElement().satisfies(issued -> assertThat(issued.number()).startsWith("YXKJ"));
        Instant end = Instant.parse(safety.get("/api/v1/permits/" + id).json().path("plannedEnd").asString());

        expiry.expireDue(end.minus(1, ChronoUnit.MINUTES));
        assertThat(status(safety, id)).as("still valid a minute before its end").isEqualTo("APPROVED");
        assertThat(permits.dueToExpire(end, PermitExpiry.BATCH)).contains(UUID.fromString(id));

        assertThat(expiry.expireDue(end)).isPositive();
        JsonNode expired = safety.get("/api/v1/permits/" + id).json();
        assertThat(expired.path("status").asString()).isEqualTo("EXPIRED");
        JsonNode record = expired.path("records").path(3);
        assertThat(record.path("kind").asString()).isEqualTo("EXPIRED");
        assertThat(record.path("actorName").asString()).isEqualTo("system");
        assertThat(record.path("body").asString()).contains("\"statusBefore\":\"APPROVED\"");
        assertThat(safety.get(path(id, "verification")).json().path("valid").asBoolean()).isTrue();
        assertThat(events(PermitEnded.class).filter(e -> e.permitId().toString().equals(id)))
                .singleElement().satisfies(ended -> assertThat(ended.outcome()).isEqualTo(PermitEnded.Outcome.EXPIRED));

        JsonNode alarm = safety.get("/api/v1/alarms?originatorId=" + id).json().path("content");
        assertThat(alarm.size()).as("one alarm of the permit in the alarm centre").isEqualTo(1);
        assertThat(alarm.path(0).path("type").asString()).isEqualTo("PERMIT_EXPIRED");
        assertThat(alarm.path(0).path("originatorType").asString()).isEqualTo("PERMIT");
        assertThat(alarm.path(0).path("severity").asString()).isEqualTo("MAJOR");
        assertThat(alarm.path(0).path("acknowledged").asBoolean()).as("for people to acknowledge").isFalse();
        assertThat(alarm.path(0).path("closed").asBoolean()).isFalse();
        assertThat(permits.dueToExpire(end.plus(1, ChronoUnit.HOURS), PermitExpiry.BATCH))
                .as("an ended permit is not due again").doesNotContain(UUID.fromString(id));
        assertThat(safety.post(path(id, "start"), Map.of()).status()).as("an expired permit starts no work")
                .isEqualTo(422);
        assertThat(safety.post(path(id, "cancel"), Map.of()).status()).isEqualTo(422);
    }

    @Test
    void aClosedOrCancelledPermitAnnouncesItsEndAndNeverExpires() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        assertThat(safety.post(path(id, "cancel"), Map.of("remark", "改期")).status()).isEqualTo(200);
        assertThat(events(PermitEnded.class).filter(e -> e.permitId().toString().equals(id)))
                .singleElement().satisfies(ended -> assertThat(ended.outcome()).isEqualTo(PermitEnded.Outcome.CANCELLED));
        Instant end = Instant.parse(safety.get("/api/v1/permits/" + id).json().path("plannedEnd").asString());
        assertThat(permits.dueToExpire(end, PermitExpiry.BATCH)).doesNotContain(UUID.fromString(id));
        assertThat(status(safety, id)).isEqualTo("CANCELLED");
    }

    private static String status(ApiClient client, String id) {
        return client.get("/api/v1/permits/" + id).json().path("status").asString();
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }
}
