package org.chemsafe.elements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The register of people and their certificates and training records through the API: search, unique employee
 * numbers, the expiring list, scanned copies by content, the workbook, bad input refused naming the field, and
 * another enterprise's rows unseen.
 */
@PlatformTest
class QualificationApiTests {

    @LocalServerPort
    int port;

    @Test
    void peopleAreRegisteredSearchedAndKeptApartPerEnterprise() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String welder = created(safety.post("/api/v1/people", Map.of("name", "王焊工", "employeeNo", "E-001",
                "department", "维修车间", "contractor", "鲁安检修公司")));
        created(safety.post("/api/v1/people", Map.of("name", "李电工", "employeeNo", "E-002")));

        assertThat(safety.get("/api/v1/people?q=检修").json().path("content").valueStream()
                .map(p -> p.path("name").asString())).containsExactly("王焊工");
        Response taken = safety.post("/api/v1/people", Map.of("name", "赵某", "employeeNo", "E-001"));
        assertThat(taken.status()).as(taken.body()).isEqualTo(400);
        assertThat(taken.json().path("errors").path(0).path("field").asString()).isEqualTo("employeeNo");
        assertThat(safety.post("/api/v1/people", Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(safety.post("/api/v1/people", Map.of("name", "长".repeat(65))).status()).isEqualTo(400);

        Response disabled = safety.put("/api/v1/people/" + welder, Map.of("name", "王焊工", "employeeNo", "E-001",
                "enabled", false));
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(safety.get("/api/v1/people?enabled=true").json().path("content").size()).isEqualTo(1);

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/people/" + welder).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/people").json().path("content").size()).isZero();
        assertThat(ApiClient.loggedIn(port, "town").post("/api/v1/people", Map.of("name", "x")).status())
                .as("supervisors read, enterprises write").isEqualTo(403);
        assertThat(safety.delete("/api/v1/people/" + welder).status()).isEqualTo(204);
        assertThat(safety.get("/api/v1/people/" + welder).status()).isEqualTo(404);
    }

    @Test
    void certificatesAndTrainingAreListedByStateWithTheirScans() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String person = TestPeople.person(safety, "王焊工");
        LocalDate today = LocalDate.now();
        String soon = qualification(safety, person, "WELDING_CUTTING", "T202612001", today.plusDays(10));
        String later = qualification(safety, person, "ELECTRICIAN", "T202612002", today.plusDays(60));
        String past = qualification(safety, person, "GUARDIAN_TRAINING", "PX-2025-01", today.minusDays(1));

        assertThat(numbers(safety, "state=EXPIRING")).containsExactly("T202612001");
        assertThat(numbers(safety, "state=EXPIRED")).containsExactly("PX-2025-01");
        assertThat(numbers(safety, "state=VALID")).containsExactly("T202612002");
        assertThat(numbers(safety, "category=TRAINING")).containsExactly("PX-2025-01");
        assertThat(numbers(safety, "q=王焊")).containsExactly("PX-2025-01", "T202612001", "T202612002");
        JsonNode shown = safety.get("/api/v1/qualifications/" + soon).json();
        assertThat(shown.path("state").asString()).isEqualTo("EXPIRING");
        assertThat(shown.path("category").asString()).isEqualTo("CERTIFICATE");
        assertThat(shown.path("personName").asString()).isEqualTo("王焊工");
        assertThat(safety.get("/api/v1/people/" + person).json().path("qualifications").valueStream()
                .map(q -> q.path("id").asString())).containsExactly(past, soon, later);

        Map<String, Object> backwards = new HashMap<>(Map.of("personId", person, "kind", "ELECTRICIAN", "number",
                "X", "issuedOn", today.toString(), "validUntil", today.minusDays(1).toString()));
        assertField(safety.post("/api/v1/qualifications", backwards), 400, "validUntil");
        backwards.put("kind", "PILOT");
        assertThat(safety.post("/api/v1/qualifications", backwards).status()).isEqualTo(400);
        String foreignPerson = TestPeople.person(TestEnterprise.register(port).safetyManager(port), "别家人员");
        assertField(safety.post("/api/v1/qualifications", Map.of("personId", foreignPerson, "kind", "ELECTRICIAN",
                "number", "X", "validUntil", today.toString())), 400, "personId");

        byte[] pdf = "%PDF-1.4\n%scan of T202612001\n".getBytes(StandardCharsets.US_ASCII);
        Response stored = safety.putFile("/api/v1/qualifications/" + soon + "/scan", "file", "证书.pdf", pdf,
                "application/pdf");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().path("scanned").asBoolean()).isTrue();
        HttpResponse<byte[]> scan = safety.getBytes("/api/v1/qualifications/" + soon + "/scan");
        assertThat(scan.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(scan.body()).isEqualTo(pdf);
        assertThat(safety.putFile("/api/v1/qualifications/" + soon + "/scan", "file", "a.pdf",
                "not a scan".getBytes(StandardCharsets.US_ASCII), "application/pdf").status()).isEqualTo(415);
        assertThat(safety.get("/api/v1/qualifications/" + later + "/scan").status()).isEqualTo(404);
        Response empty = safety.putFile("/api/v1/qualifications/" + later + "/scan", "file", "a.pdf", new byte[0],
                "application/pdf");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().path("errors").path(0).path("field").asString()).isEqualTo("file");
        assertThat(safety.get("/api/v1/qualifications/" + later).json().path("scanned").asBoolean())
                .as("nothing kept").isFalse();

        HttpResponse<byte[]> workbook = safety.getBytes("/api/v1/qualifications/export.xlsx?state=EXPIRING");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.body()).startsWith('P', 'K');

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/qualifications/" + soon).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/qualifications/" + soon + "/scan").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/qualifications").json().path("content").size()).isZero();
    }

    private static String qualification(ApiClient manager, String person, String kind, String number,
            LocalDate validUntil) {
        return created(manager.post("/api/v1/qualifications", Map.of("personId", person, "kind", kind, "number",
                number, "issuer", "济南市应急管理局", "validUntil", validUntil.toString())));
    }

    private static java.util.List<String> numbers(ApiClient client, String query) {
        return client.get("/api/v1/qualifications?" + query).json().path("content").valueStream()
                .map(q -> q.path("number").asString()).sorted().toList();
    }

    private static void assertField(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(field);
    }
}
