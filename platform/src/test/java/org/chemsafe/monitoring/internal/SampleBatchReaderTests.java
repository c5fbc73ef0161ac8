package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The streamed MQTT message reads as the parsed HTTP body does: for random messages (every kind of good and bad
 * sample, repeated and extra properties) both give the same tags, problems, times and values; whole-message faults
 * are refused with their reason.
 */
class SampleBatchReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SampleBatchReader READER = new SampleBatchReader(JSON);
    private static final List<String> TAGS = List.of("\"LT-101\"", "\"TT-1\"", "\"\"", "42", "null", "{\"x\":1}");
    private static final List<String> VALUES = List.of("3.42", "-7", "0", "1e400", "-1e400", "12345678901234567890",
            "\"3.4\"", "true", "null", "[1]", "{}", "2.5E-3");
    private static final List<String> TIMES = List.of("1764662400123", "\"2026-12-02T08:00:00.123Z\"",
            "\"2026-12-02T08:00:00.123456+08:00\"", "\"2026-12-02 08:00\"", "\"+1000000-01-01T00:00:00Z\"",
            "1.5", "null", "true", "[]", "99999999999999999999", "-62135596800000", "9223372036854775807");

    @Test
    void theStreamedMessageReadsAsTheParsedBody() {
        PropertyRunner.forAll(300, random -> {
            String message = message(random);
            SampleBatch streamed = read(message);
            SampleBatch parsed = SampleBatch.of(JSON.readValue(message, TelemetryRequest.class));
            assertThat(streamed.gateway()).isEqualTo(parsed.gateway());
            assertThat(streamed.size()).as(message).isEqualTo(parsed.size());
            for (int i = 0; i < parsed.size(); i++) {
                assertThat(streamed.problem(i)).as("sample %d of %s", i, message).isEqualTo(parsed.problem(i));
                if (parsed.problem(i) != RejectionReason.MALFORMED_SAMPLE) {
                    assertThat(streamed.tag(i)).as("sample %d of %s", i, message).isEqualTo(parsed.tag(i));
                }
                if (parsed.problem(i) == null) {
                    assertThat(streamed.time(i)).as("sample %d of %s", i, message).isEqualTo(parsed.time(i));
                    assertThat(streamed.value(i)).as("sample %d of %s", i, message).isEqualTo(parsed.value(i));
                }
            }
        });
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        SampleBatch batch = read("{\"samples\":[{\"tag\":\"A\",\"ts\":\"2026-12-02T08:00:00.123456789Z\",\"value\":1},"
                + "{\"tag\":\"A\",\"ts\":1764662400123,\"value\":2}]}");
        assertThat(SampleBatch.instant(batch.time(0))).hasToString("2026-12-02T08:00:00.123456Z");
        assertThat(SampleBatch.instant(batch.time(1))).hasToString("2025-12-02T08:00:00.123Z");
    }

    @Test
    void refusesWholeMessagesThatAreNotTheRequestsShape() {
        assertRefused("not json", MessageRefusal.MALFORMED_JSON);
        assertRefused("", MessageRefusal.MALFORMED_JSON);
        assertRefused("null", MessageRefusal.MALFORMED_JSON);
        assertRefused("[]", MessageRefusal.MALFORMED_JSON);
        assertRefused("{\"samples\":{}}", MessageRefusal.MALFORMED_JSON);
        assertRefused("{\"samples\":[]} {}", MessageRefusal.MALFORMED_JSON);
        assertRefused("{\"gateway\":\"G\\u0000\",\"samples\":[]}", MessageRefusal.MALFORMED_JSON);
        assertRefused("{\"gateway\":\"GW 01\",\"samples\":[]}", MessageRefusal.INVALID_BATCH);
        assertRefused("{\"gateway\":\"" + "G".repeat(65) + "\",\"samples\":[]}", MessageRefusal.INVALID_BATCH);
        assertRefused("{\"gateway\":\"GW01\"}", MessageRefusal.INVALID_BATCH);
        assertRefused("{\"samples\":null}", MessageRefusal.INVALID_BATCH);
        assertRefused("{\"samples\":[" + "1,".repeat(10_000) + "1]}", MessageRefusal.INVALID_BATCH);
    }

    private static void assertRefused(String message, MessageRefusal reason) {
        assertThatThrownBy(() -> READER.read(message.getBytes(StandardCharsets.UTF_8))).as(message)
                .isInstanceOfSatisfying(SampleBatchReader.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static SampleBatch read(String message) {
        try {
            return READER.read(message.getBytes(StandardCharsets.UTF_8));
        } catch (SampleBatchReader.Refused refused) {
            throw new AssertionError(refused.reason() + ": " + refused.getMessage() + " in " + message, refused);
        }
    }

    private static String message(SeededRandom random) {
        List<String> samples = new ArrayList<>();
        int count = random.intBetween(0, 12);
        for (int i = 0; i < count; i++) {
            samples.add(random.intBetween(0, 9) == 0 ? random.oneOf(List.of("1", "\"x\"", "null", "[]", "[{}]"))
                    : sample(random));
        }
        String gateway = random.intBetween(0, 2) == 0 ? "" : "\"gateway\":\"GW-" + random.intBetween(1, 9) + "\",";
        String extra = random.intBetween(0, 3) == 0 ? "\"note\":{\"a\":[1,2]}," : "";
        return "{" + gateway + extra + "\"samples\":[" + String.join(",", samples) + "]}";
    }

    private static String sample(SeededRandom random) {
        List<String> properties = new ArrayList<>();
        for (String name : List.of("tag", "ts", "value", "tag", "ts", "value", "extra")) {
            if (random.intBetween(0, 4) == 0) {
                continue; // missing (or, for the second of a pair, not repeated)
            }
            List<String> choices = switch (name) {
                case "tag" -> TAGS;
                case "ts" -> TIMES;
                case "value" -> VALUES;
                default -> List.of("1", "\"x\"", "{\"y\":[]}");
            };
            properties.add("\"" + name + "\":" + random.oneOf(choices));
        }
        return "{" + String.join(",", properties) + "}";
    }
}
