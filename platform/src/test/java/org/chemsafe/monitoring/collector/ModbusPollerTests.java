package org.chemsafe.monitoring.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.simulator.ModbusPlantServer;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Modbus TCP poller against a real Modbus server started here: every data type, byte and word order, coils and
 * discrete inputs decode to the numbers worked out by hand below; the server stopped shows as an error and,
 * started again, the poller reconnects. Bad register maps are refused naming the field.
 */
@PlatformTest
class ModbusPollerTests {

    private static final String PATH = "/api/v1/modbus-devices";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void everyLayoutDecodesToItsValueAndThePollerReconnectsAfterTheServerRestarts() throws Exception {
        ModbusPlantServer server = new ModbusPlantServer("127.0.0.1", FreePorts.next()).start();
        try {
            // -1234 = 0xFB2E, as INT16
            server.holding(0, 0xFB, 0x2E);
            // 0xFB2E as UINT16 = 64302; × 0.5 − 10 = 32141
            server.holding(1, 0xFB, 0x2E);
            // -123456789 = 0xF8A432EB, high word first
            server.holding(2, 0xF8, 0xA4, 0x32, 0xEB);
            // 3,000,000,000 = 0xB2D05E00 as UINT32, low word first: 5E00 then B2D0
            server.holding(4, 0x5E, 0x00, 0xB2, 0xD0);
            // 3.42f = 0x405AE148, big-endian bytes and words
            server.holding(6, 0x40, 0x5A, 0xE1, 0x48);
            // 21.5f = 0x41AC0000 fully little-endian: bytes 00 00 AC 41
            server.holding(8, 0x00, 0x00, 0xAC, 0x41);
            // 0x1234 = 4660 with the bytes swapped in the register: 34 12
            server.holding(10, 0x34, 0x12);
            // input register 100: 42
            server.input(100, 0x00, 0x2A);
            server.coil(0, true);
            server.coil(1, false);
            server.discreteInput(5, true);

            ApiClient safety = TestEnterprise.register(port).safetyManager(port);
            List<Map<String, Object>> registers = List.of(
                    register(0, 3, "INT16", null, null, "MB-INT16"),
                    scaled(register(1, 3, "UINT16", null, null, "MB-UINT16"), 0.5, -10),
                    register(2, 3, "INT32", "BIG", "BIG", "MB-INT32"),
                    register(4, 3, "UINT32", "BIG", "LITTLE", "MB-UINT32"),
                    register(6, 3, "FLOAT32", null, null, "MB-FLOAT-ABCD"),
                    register(8, 3, "FLOAT32", "LITTLE", "LITTLE", "MB-FLOAT-DCBA"),
                    register(10, 3, "INT16", "LITTLE", null, "MB-INT16-BA"),
                    register(100, 4, "UINT16", null, null, "MB-INPUT"),
                    register(0, 1, null, null, null, "MB-COIL-ON"),
                    register(1, 1, "BIT", null, null, "MB-COIL-OFF"),
                    register(5, 2, null, null, null, "MB-DI"));
            Map<String, Double> expected = new LinkedHashMap<>();
            expected.put("MB-INT16", -1234.0);
            expected.put("MB-UINT16", 32141.0);
            expected.put("MB-INT32", -123456789.0);
            expected.put("MB-UINT32", 3_000_000_000.0);
            expected.put("MB-FLOAT-ABCD", (double) 3.42f);
            expected.put("MB-FLOAT-DCBA", 21.5);
            expected.put("MB-INT16-BA", 4660.0);
            expected.put("MB-INPUT", 42.0);
            expected.put("MB-COIL-ON", 1.0);
            expected.put("MB-COIL-OFF", 0.0);
            expected.put("MB-DI", 1.0);
            Map<String, String> points = new HashMap<>();
            for (String tag : expected.keySet()) {
                points.put(tag, created(safety.post("/api/v1/points", Map.of("tag", tag, "name", "Modbus " + tag,
                        "indicatorType", "OTHER"))));
            }
            Response added = safety.post(PATH, Map.of("name", "装卸栈台 PLC", "host", "127.0.0.1", "port",
                    server.port(), "unitId", ModbusPlantServer.UNIT_ID, "pollPeriodMs", 200, "registers", registers));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            String device = added.json().path("id").asString();
            assertThat(added.json().path("registers").get(0).path("byteOrder").asString()).isEqualTo("BIG");

            awaitStatus(safety, device, "CONNECTED");
            expected.forEach((tag, value) -> awaitLatest(safety, points.get(tag), value));

            server.stop();
            JsonNode down = awaitStatus(safety, device, "ERROR");
            assertThat(down.path("lastError").asString()).isNotBlank();

            server.holding(0, 0x00, 0x07);
            server.start();
            JsonNode again = awaitStatus(safety, device, "CONNECTED");
            assertThat(again.path("reconnects").asLong()).isPositive();
            awaitLatest(safety, points.get("MB-INT16"), 7.0);
            assertThat(safety.get(PATH + "/" + device).json().path("status").path("stored").asLong())
                    .isGreaterThanOrEqualTo(expected.size());

            assertThat(safety.delete(PATH + "/" + device).status()).isEqualTo(204);
            assertThat(safety.get(PATH + "/" + device).status()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }

    @Test
    void badRegisterMapsAreRefusedNamingTheFieldAndAnotherEnterpriseSeesNothing() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        created(safety.post("/api/v1/points", Map.of("tag", "PT-1", "name", "压力", "indicatorType", "PRESSURE")));
        Map<String, Object> float0 = register(0, 3, "FLOAT32", null, null, "PT-1");
        assertInvalid(safety, with("pollPeriodMs", 99), "pollPeriodMs");
        assertInvalid(safety, with("host", "not a host!"), "host");
        assertInvalid(safety, with("port", 0), "port");
        assertInvalid(safety, with("unitId", 256), "unitId");
        assertInvalid(safety, with("registers", List.of(float0, register(1, 3, "INT16", null, null, "PT-1"))),
                "registers[1].address");
        assertInvalid(safety, with("registers", List.of(register(10, 4, "INT32", null, null, "PT-1"),
                register(9, 4, "UINT32", null, null, "PT-1"))), "registers[1].address");
        assertInvalid(safety, with("registers", List.of(register(65_535, 3, "FLOAT32", null, null, "PT-1"))),
                "registers[0].address");
        assertInvalid(safety, with("registers", List.of(register(0, 3, "BIT", null, null, "PT-1"))),
                "registers[0].dataType");
        assertInvalid(safety, with("registers", List.of(register(0, 3, null, null, null, "PT-1"))),
                "registers[0].dataType");
        assertInvalid(safety, with("registers", List.of(register(0, 1, "FLOAT32", null, null, "PT-1"))),
                "registers[0].dataType");
        assertInvalid(safety, with("registers", List.of(register(0, 5, "INT16", null, null, "PT-1"))),
                "registers[0].functionCode");
        assertInvalid(safety, with("registers", List.of(register(0, 3, "INT64", null, null, "PT-1"))),
                "registers[0].dataType");
        assertInvalid(safety, with("registers", List.of(register(0, 3, "INT16", null, null, "PT-404"))),
                "registers[0].tag");

        // the same address in another function code's table, and adjacent registers, are fine
        Response added = safety.post(PATH, with("registers", List.of(float0, register(2, 3, "INT16", null, null,
                "PT-1"), register(0, 4, "FLOAT32", null, null, "PT-1"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("pollPeriodMs").asInt()).isEqualTo(1000);
        assertThat(added.json().path("port").asInt()).isEqualTo(502);
        String id = added.json().path("id").asString();
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.delete(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(safety.delete(PATH + "/" + id).status()).isEqualTo(204);
    }

    private JsonNode awaitStatus(ApiClient client, String device, String state) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> client.get(PATH + "/" + device).json().path("status"),
                        status -> status.path("state").asString().equals(state));
    }

    private static void awaitLatest(ApiClient client, String point, double value) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode latest = client.get("/api/v1/points/latest?ids=" + point).json();
            assertThat(latest.size()).isEqualTo(1);
            assertThat(latest.get(0).path("value").asDouble()).as(point).isEqualTo(value);
        });
    }

    private static Map<String, Object> register(int address, int functionCode, String dataType, String byteOrder,
            String wordOrder, String tag) {
        Map<String, Object> register = new HashMap<>();
        register.put("address", address);
        register.put("functionCode", functionCode);
        register.put("dataType", dataType);
        register.put("byteOrder", byteOrder);
        register.put("wordOrder", wordOrder);
        register.put("tag", tag);
        return register;
    }

    private static Map<String, Object> scaled(Map<String, Object> register, double scale, double offset) {
        register.put("scale", scale);
        register.put("offset", offset);
        return register;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> device = new HashMap<>(Map.of("name", "无效设备", "host", "127.0.0.1", "registers",
                List.of(register(0, 3, "INT16", null, null, "PT-1"))));
        device.put(field, value);
        return device;
    }

    private static void assertInvalid(ApiClient client, Map<String, Object> device, String field) {
        Response response = client.post(PATH, device);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
    }
}
