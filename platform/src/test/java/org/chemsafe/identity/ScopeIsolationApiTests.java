package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every user has one data scope and sees nothing outside it: demo enterprise A (化工, 西集镇), B (储运, 西集镇) and
 * C (加油站, 山城街道); a town supervisor of 西集镇 and a district supervisor of 山亭区.
 */
@PlatformTest
class ScopeIsolationApiTests {

    static final String CHEMICALS = "枣庄示范化工有限公司";
    static final String STORAGE = "枣庄示范储运有限公司";
    static final String STATION = "山亭示范加油站";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnterpriseSeesOnlyItsOwnUsers() {
        List<String> users = usernames(ApiClient.loggedIn(port, "safety").get("/api/v1/users?size=200"));
        assertThat(users).contains("safety", "principal", "operator", "contractor", "shiftlead")
                .doesNotContain("storage.safety", "station.safety", "town", "district", "platform", "admin");
    }

    @Test
    void aUserOfAnotherEnterpriseIsNotFound() {
        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        String chemicalsUser = userId("operator");
        Response response = storage.get("/api/v1/users/" + chemicalsUser);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
        assertThat(storage.put("/api/v1/users/" + chemicalsUser,
                Map.of("displayName", "x", "roleCodes", List.of("OPERATOR"), "enabled", false)).status())
                .isEqualTo(404);
        assertThat(storage.post("/api/v1/users/" + chemicalsUser + "/password", Map.of("newPassword", "Hijack2026!"))
                .status()).isEqualTo(404);
        assertThat(storage.post("/api/v1/users/" + chemicalsUser + "/unlock", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anEnterpriseCannotSeeAnotherEnterprisesAuditEntries() {
        ApiClient chemicals = ApiClient.loggedIn(port, "safety");
        chemicals.post("/api/v1/users/" + userId("operator") + "/unlock", Map.of());
        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        JsonNode entries = storage.get("/api/v1/audit-events?size=200").json().path("content");
        assertThat(entries.size()).isPositive();
        entries.forEach(entry -> assertThat(entry.path("actorUsername").asString()).isEqualTo("storage.safety"));
        // the request filter writes its entry just after the answer has gone out
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                chemicals.get("/api/v1/audit-events?size=200&actor=safety").json().path("content").toString())
                .contains("/unlock").doesNotContain("storage.safety"));
    }

    @Test
    void aTownSupervisorSeesOnlyTheEnterprisesOfItsTown() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        assertThat(enterpriseNames(town.get("/api/v1/enterprises"))).contains(CHEMICALS, STORAGE)
                .doesNotContain(STATION);
        String station = enterpriseId(STATION);
        assertThat(town.get("/api/v1/enterprises/" + station).status()).isEqualTo(404);
        assertThat(town.get("/api/v1/enterprises/" + enterpriseId(CHEMICALS)).json().path("name").asString())
                .isEqualTo(CHEMICALS);
        assertThat(usernames(town.get("/api/v1/users?size=200"))).contains("town", "safety", "storage.safety")
                .doesNotContain("station.safety", "district", "platform");
        JsonNode regions = town.get("/api/v1/regions").json();
        assertThat(regions.size()).isEqualTo(1);
        assertThat(regions.get(0).path("name").asString()).isEqualTo("西集镇");
    }

    @Test
    void aDistrictSupervisorSeesTheWholeDistrict() {
        ApiClient district = ApiClient.loggedIn(port, "district");
        assertThat(enterpriseNames(district.get("/api/v1/enterprises"))).contains(CHEMICALS, STORAGE, STATION);
        assertThat(enterpriseNames(district.get("/api/v1/enterprises?regionCode=370406001")))
                .containsExactly(STATION);
        assertThat(enterpriseNames(district.get("/api/v1/enterprises?q=储运"))).containsExactly(STORAGE);
        assertThat(usernames(district.get("/api/v1/users?size=200"))).contains("town", "district", "station.safety")
                .doesNotContain("platform", "admin");
        JsonNode tree = district.get("/api/v1/regions").json();
        assertThat(tree.get(0).path("code").asString()).isEqualTo("370406");
        assertThat(tree.get(0).path("children").size()).isEqualTo(10);
    }

    @Test
    void enterpriseUsersSeeOnlyTheirOwnEnterprise() {
        ApiClient station = ApiClient.loggedIn(port, "station.safety");
        assertThat(enterpriseNames(station.get("/api/v1/enterprises"))).containsExactly(STATION);
        assertThat(station.get("/api/v1/enterprises/" + enterpriseId(CHEMICALS)).status()).isEqualTo(404);
    }

    @Test
    void aRegionSupervisorCannotCreateUsersOutsideItsRegion() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        Response outside = town.post("/api/v1/users", newUser("town-made-1", "SAFETY_MANAGER",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(STATION))));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.problemType()).isEqualTo("forbidden");
        Response district = town.post("/api/v1/users", newUser("town-made-2", "REGION_SUPERVISOR",
                Map.of("kind", "REGION", "regionCode", "370406")));
        assertThat(district.status()).as("a town cannot create district supervisors").isEqualTo(403);
        Response inside = town.post("/api/v1/users", newUser("town-made-3", "SAFETY_MANAGER",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(STORAGE))));
        assertThat(inside.status()).as("the enterprise has its administrators already").isEqualTo(403);
        Response government = town.post("/api/v1/users", newUser("town-made-4", "REGION_SUPERVISOR",
                Map.of("kind", "REGION", "regionCode", "370406102")));
        assertThat(government.status()).as(government.body()).isEqualTo(201);
        assertThat(count("town-made-%")).isEqualTo(1);
    }

    @Test
    void aSupervisorCreatesOnlyTheFirstAdministratorOfAnEnterprise() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        Response registered = town.post("/api/v1/enterprises", Map.of("name", "西集新入驻化工有限公司", "kinds",
                List.of("USE"), "regionCode", "370406102"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Map<String, Object> scope = Map.of("kind", "ENTERPRISE", "enterpriseId",
                registered.json().path("id").asString());
        assertThat(town.post("/api/v1/users", newUser("onboard-0", "OPERATOR", scope)).status())
                .as("only a principal or safety manager").isEqualTo(403);
        Response first = town.post("/api/v1/users", newUser("onboard-1", "ENTERPRISE_PRINCIPAL", scope));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Response second = town.post("/api/v1/users", newUser("onboard-2", "SAFETY_MANAGER", scope));
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.problemType()).isEqualTo("forbidden");

        String firstId = first.json().path("id").asString();
        assertThat(town.post("/api/v1/users/" + firstId + "/password", Map.of("newPassword", "Hijack2026!")).status())
                .as("a supervisor never resets an enterprise user's password").isEqualTo(403);
        assertThat(town.put("/api/v1/users/" + firstId, Map.of("displayName", "x", "roleCodes",
                List.of("ENTERPRISE_PRINCIPAL", "SAFETY_MANAGER"), "enabled", true)).status())
                .as("nor changes its roles").isEqualTo(403);
        assertThat(town.post("/api/v1/users/" + userId("safety") + "/password", Map.of("newPassword", "Hijack2026!"))
                .status()).isEqualTo(403);
        assertThat(new ApiClient(port).login("safety", "Hijack2026!").status()).isEqualTo(401);

        // the enterprise's own administrator goes on from there
        ApiClient principal = ApiClient.loggedIn(port, "onboard-1", "Newuser2026!");
        assertThat(principal.post("/api/v1/users", newUser("onboard-3", "SAFETY_MANAGER", scope)).status())
                .isEqualTo(201);
        assertThat(count("onboard-%")).isEqualTo(2);
    }

    @Test
    void aUserGrantsOnlyRolesAtOrBelowItsOwnAndManagesNoHigherUser() {
        ApiClient safety = ApiClient.loggedIn(port, "storage.safety");
        String principal = userId("storage.principal");
        String self = userId("storage.safety");
        Map<String, Object> scope = Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(STORAGE));
        assertThat(safety.post("/api/v1/users", newUser("rank-1", "ENTERPRISE_PRINCIPAL", scope)).status())
                .isEqualTo(403);
        assertThat(safety.post("/api/v1/users/" + principal + "/password", Map.of("newPassword", "Hijack2026!"))
                .status()).isEqualTo(403);
        assertThat(safety.put("/api/v1/users/" + principal, Map.of("displayName", "停用", "roleCodes",
                List.of("ENTERPRISE_PRINCIPAL"), "enabled", false)).status()).isEqualTo(403);
        assertThat(safety.post("/api/v1/users/" + principal + "/unlock", Map.of()).status()).isEqualTo(403);
        Response selfPromotion = safety.put("/api/v1/users/" + self, Map.of("displayName", "冯储运", "roleCodes",
                List.of("SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL"), "enabled", true));
        assertThat(selfPromotion.status()).isEqualTo(403);
        assertThat(safety.post("/api/v1/users/" + self + "/password", Map.of("newPassword", "Selfset2026!")).status())
                .as("one's own password needs the current one").isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "storage.principal").get("/api/v1/auth/me").json().path("roles").get(0)
                .path("code").asString()).isEqualTo("ENTERPRISE_PRINCIPAL");

        Response operator = safety.post("/api/v1/users", newUser("rank-2", "OPERATOR", scope));
        assertThat(operator.status()).as(operator.body()).isEqualTo(201);
        assertThat(safety.put("/api/v1/users/" + operator.json().path("id").asString(), Map.of("displayName", "班长",
                "roleCodes", List.of("SHIFT_LEADER", "SAFETY_MANAGER"), "enabled", true)).status()).isEqualTo(200);
        assertThat(safety.put("/api/v1/users/" + self, Map.of("displayName", "冯储运", "roleCodes",
                List.of("SAFETY_MANAGER"), "enabled", true)).status()).as("editing oneself keeps working")
                .isEqualTo(200);
    }

    @Test
    void aTakenUsernameIsAnsweredAlikeInsideAndOutsideItsOwnersScope() {
        Map<String, Object> storageScope = Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(STORAGE));
        Response elsewhere = ApiClient.loggedIn(port, "storage.safety").post("/api/v1/users",
                newUser("operator", "OPERATOR", storageScope));
        Response inside = ApiClient.loggedIn(port, "storage.safety").post("/api/v1/users",
                newUser("storage.shiftlead", "OPERATOR", storageScope));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(inside.status()).isEqualTo(409);
        assertThat(elsewhere.json().path("detail").asString()).isEqualTo(inside.json().path("detail").asString())
                .doesNotContain("operator");
    }

    @Test
    void anEnterpriseAdministratorCreatesUsersOnlyInItsOwnEnterprise() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Response other = safety.post("/api/v1/users", newUser("ent-made-1", "OPERATOR",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(STORAGE))));
        assertThat(other.status()).isEqualTo(403);
        Response government = safety.post("/api/v1/users", newUser("ent-made-2", "REGION_SUPERVISOR",
                Map.of("kind", "REGION", "regionCode", "370406102")));
        assertThat(government.status()).isEqualTo(403);
        Response platformRole = safety.post("/api/v1/users", newUser("ent-made-3", "PLATFORM_ADMIN",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(CHEMICALS))));
        assertThat(platformRole.status()).as("a role above its own").isEqualTo(403);
        assertThat(count("ent-made-%")).isZero();
        Response mismatch = ApiClient.loggedIn(port, "platform").post("/api/v1/users", newUser("ent-made-4",
                "REGION_SUPERVISOR", Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId(CHEMICALS))));
        assertThat(mismatch.status()).as("roles must fit the scope kind").isEqualTo(422);
    }

    @Test
    void operatorsWithoutUserPermissionsAreForbidden() {
        ApiClient operator = ApiClient.loggedIn(port, "operator");
        Response list = operator.get("/api/v1/users");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.problemType()).isEqualTo("forbidden");
        assertThat(operator.get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/api-tokens").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/regions").status()).isEqualTo(403);
    }

    @Test
    void thePlatformAdministratorSeesEveryone() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertThat(usernames(platform.get("/api/v1/users?size=200"))).contains("admin", "platform", "district",
                "safety", "storage.safety", "station.safety");
        assertThat(platform.get("/api/v1/enterprises").json().path("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        // every scoped list works for the unrestricted platform scope too
        for (String list : List.of("/api/v1/audit-events?outcome=SUCCESS", "/api/v1/api-tokens", "/api/v1/units",
                "/api/v1/chemicals", "/api/v1/major-hazard-sources", "/api/v1/major-hazard-sources/by-enterprise",
                "/api/v1/regions", "/api/v1/roles")) {
            assertThat(platform.get(list).status()).as(list).isEqualTo(200);
        }
    }

    private Map<String, Object> newUser(String username, String role, Map<String, Object> scope) {
        return Map.of("username", username, "displayName", "新用户", "password", "Newuser2026!", "roleCodes",
                List.of(role), "scope", scope);
    }

    private long count(String usernamePattern) {
        return jdbc.sql("select count(*) from user_account where username like :p").param("p", usernamePattern)
                .query(Long.class).single();
    }

    private String userId(String username) {
        return jdbc.sql("select id::text from user_account where username = :u").param("u", username)
                .query(String.class).single();
    }

    private String enterpriseId(String name) {
        return jdbc.sql("select id::text from enterprise where name = :n").param("n", name).query(String.class)
                .single();
    }

    static List<String> usernames(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().path("content").forEach(user -> names.add(user.path("username").asString()));
        return names;
    }

    static List<String> enterpriseNames(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().path("content").forEach(enterprise -> names.add(enterprise.path("name").asString()));
        return names;
    }
}
