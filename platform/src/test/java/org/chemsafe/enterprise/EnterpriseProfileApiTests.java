package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

@PlatformTest
class EnterpriseProfileApiTests {

    static final String XIJI = "370406102";
    static final String SHANCHENG = "370406001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTownSupervisorRegistersAnEnterpriseInItsTownAndItsSafetyManagerKeepsTheProfile() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        Response created = town.post("/api/v1/enterprises", profile("西集测试化工有限公司", XIJI, "91370406MA3CDT0018"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("regionName").asString()).isEqualTo("西集镇");
        assertThat(body.path("standardizationLevel").asString()).isEqualTo("LEVEL_2");
        assertThat(body.path("longitude").decimalValue()).isEqualByComparingTo("117.4521");
        String id = body.path("id").asString();

        Map<String, Object> changed = profile("西集测试化工有限公司", XIJI, "91370406MA3CDT0018");
        changed.put("principalPhone", "13800000000");
        changed.put("status", "SUSPENDED");
        Response updated = town.put("/api/v1/enterprises/" + id, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(town.get("/api/v1/enterprises/" + id).json().path("principalPhone").asString())
                .isEqualTo("13800000000");
    }

    @Test
    void registrationStaysInsideTheSupervisorsRegionAndInATown() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        Response outside = town.post("/api/v1/enterprises", profile("山城越权企业", SHANCHENG, null));
        assertThat(outside.status()).isEqualTo(403);
        Response district = ApiClient.loggedIn(port, "district").post("/api/v1/enterprises",
                profile("区级企业", "370406", null));
        assertThat(district.status()).as("enterprises belong to a town").isEqualTo(422);
        Response enterpriseUser = ApiClient.loggedIn(port, "safety").post("/api/v1/enterprises",
                profile("自己登记的企业", XIJI, null));
        assertThat(enterpriseUser.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from enterprise where name in ('山城越权企业', '区级企业', '自己登记的企业')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void registeringEnterprisesIsAPermissionEnterprisesDoNotHold() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        assertThat(safety.get("/api/v1/auth/me").body()).doesNotContain(EnterprisePermissions.ENTERPRISE_REGISTER);
        assertThat(ApiClient.loggedIn(port, "town").get("/api/v1/auth/me").body())
                .contains(EnterprisePermissions.ENTERPRISE_REGISTER);
        Response refused = safety.post("/api/v1/enterprises", profile("无权登记的企业", XIJI, null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
    }

    @Test
    void anEnterpriseEditsOnlyItsOwnProfileAndCannotMoveTown() {
        String chemicals = enterpriseId("枣庄示范化工有限公司");
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Map<String, Object> own = profile("枣庄示范化工有限公司", XIJI, "91370406MA3CDM0014");
        own.put("kinds", List.of("PRODUCTION"));
        own.put("address", "山亭区西集镇化工园区纬一路8号"); // the demo enterprise as it was
        assertThat(safety.put("/api/v1/enterprises/" + chemicals, own).status()).isEqualTo(200);

        Map<String, Object> moved = new HashMap<>(own);
        moved.put("regionCode", SHANCHENG);
        assertThat(safety.put("/api/v1/enterprises/" + chemicals, moved).status()).isEqualTo(403);

        String station = enterpriseId("山亭示范加油站");
        assertThat(safety.put("/api/v1/enterprises/" + station, profile("山亭示范加油站", SHANCHENG, null)).status())
                .isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "operator").put("/api/v1/enterprises/" + chemicals, own).status())
                .isEqualTo(403);
    }

    @Test
    void badProfilesAreRefusedFieldByField() {
        ApiClient town = ApiClient.loggedIn(port, "town");
        Map<String, Object> bad = profile("坏数据企业", XIJI, "91370406MA3CDM0015");
        bad.put("hazchemRegistrationCode", "12345");
        bad.put("longitude", 200);
        bad.put("latitude", null);
        bad.put("kinds", List.of());
        Response response = town.post("/api/v1/enterprises", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactly("hazchemRegistrationCode", "kinds", "locationComplete", "longitude",
                        "unifiedSocialCreditCodeValid");
        Response unknownKind = town.post("/api/v1/enterprises", Map.of("name", "x", "kinds", List.of("CASINO"),
                "regionCode", XIJI));
        assertThat(unknownKind.status()).isEqualTo(400);
        Response duplicate = town.post("/api/v1/enterprises", profile("枣庄示范储运有限公司", XIJI, null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from enterprise where name = '坏数据企业'").query(Long.class).single())
                .isZero();
    }

    private Map<String, Object> profile(String name, String regionCode, String uscc) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("unifiedSocialCreditCode", uscc);
        profile.put("hazchemRegistrationCode", null);
        profile.put("kinds", List.of("PRODUCTION", "STORAGE_TRADING"));
        profile.put("regionCode", regionCode);
        profile.put("address", "山亭区测试路1号");
        profile.put("longitude", 117.4521);
        profile.put("latitude", 35.0992);
        profile.put("principalName", "张三");
        profile.put("principalPhone", "0632-1234567");
        profile.put("safetyDirectorName", "李四");
        profile.put("safetyDirectorPhone", "0632-7654321");
        profile.put("standardizationLevel", "LEVEL_2");
        return profile;
    }

    private String enterpriseId(String name) {
        return jdbc.sql("select id::text from enterprise where name = :n").param("n", name).query(String.class)
                .single();
    }
}
