package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@code web/openapi/chemsafe.json}), from which the web app's types are generated,
 * is exactly what the platform serves. After an API change regenerate it with
 * {@code ./mvnw -B -q -Dskip.web test -Dtest=OpenApiSpecTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchemsafe.openapi.write=true} and commit it with the change.
 */
@PlatformTest
class OpenApiSpecTests {

    static final Path COMMITTED = Path.of("..", "web", "openapi", "chemsafe.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @LocalServerPort
    int port;

    @Test
    void committedSpecMatchesTheRunningApi() throws IOException {
        String served = normalised(fetch());
        if (Boolean.getBoolean("chemsafe.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            fail("""
                    %s differs from the API the platform serves (first difference at line %d); regenerate it with
                      ./mvnw -B -q -Dskip.web test -Dtest=OpenApiSpecTests -Dsurefire.failIfNoSpecifiedTests=false \
                    -Dchemsafe.openapi.write=true
                    and commit it with the API change (the web build generates its types from it)."""
                    .formatted(COMMITTED.normalize(), firstDifferentLine(committed, served)));
        }
    }

    @Test
    void documentIsIndependentOfTheRequest() {
        JsonNode spec = fetch();
        assertThat(spec.path("servers").toString()).isEqualTo("[{\"url\":\"/\"}]");
        List<String> ids = spec.path("paths").valueStream().flatMap(JsonNode::valueStream)
                .map(operation -> operation.path("operationId").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"))
                .contains("userSearch", "authMe", "unitGet", "siteGet");
    }

    @Test
    void permissionCodesArePublishedAndUsedByTheCurrentUser() {
        JsonNode schemas = fetch().path("components").path("schemas");
        List<String> codes = schemas.path("PermissionCode").path("enum").valueStream().map(JsonNode::asString)
                .toList();
        assertThat(codes).contains("user:read", "enterprise:read", "site:write").isSorted();
        assertThat(schemas.path("CurrentUserView").path("properties").path("permissions").path("items")
                .path("$ref").asString()).isEqualTo("#/components/schemas/PermissionCode");
    }

    @Test
    void recordComponentsAreRequiredUnlessNullable() {
        JsonNode user = fetch().path("components").path("schemas").path("UserView");
        List<String> required = user.path("required").valueStream().map(JsonNode::asString).toList();
        assertThat(required).contains("id", "username", "enabled", "roles").doesNotContain("phone", "lastLoginAt");
        assertThat(user.path("properties").path("phone").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(user.path("properties").path("username").path("type").asString()).isEqualTo("string");
    }

    private JsonNode fetch() {
        Response response = new ApiClient(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** Pretty JSON with every object's keys sorted, ending in a newline. */
    static String normalised(JsonNode document) {
        return JSON.writeValueAsString(JSON.convertValue(document, Map.class)) + "\n";
    }

    private static int firstDifferentLine(String committed, String served) {
        List<String> a = committed.lines().toList();
        List<String> b = served.lines().toList();
        int line = 0;
        while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
            line++;
        }
        return line + 1;
    }
}
