package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names are one line: control characters are refused (400), and a download named after stored data that has them
 * anyway (from before the rule) still gets a clean RFC 6266 header.
 */
@PlatformTest
class DownloadsApiTests {

    private static final String DISPOSITION = "attachment; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''"
            + "[A-Za-z0-9%!#$&+.^_`|~-]+";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void excelDownloadsCarryTheirChineseNames() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertThat(fileName(platform.getBytes("/api/v1/major-hazard-sources/export.xlsx"))).isEqualTo("重大危险源台账.xlsx");
        assertThat(fileName(platform.getBytes("/api/v1/audit-events/export"))).isEqualTo("审计日志.xlsx");
        assertThat(fileName(platform.getBytes("/api/v1/registry/exports/enterprises.xlsx"))).isEqualTo("企业名录.xlsx");
    }

    @Test
    void anEnterpriseNamedWithLineBreaksStillExports() {
        String id = jdbc.sql("insert into enterprise (id, name, region_code) select gen_random_uuid(), "
                + "'CRLF' || chr(13) || chr(10) || '测试' || chr(9) || '企业', region_code from enterprise limit 1 "
                + "returning id").query(String.class).single();
        HttpResponse<byte[]> export = ApiClient.loggedIn(port, "platform")
                .getBytes("/api/v1/registry/exports/units.xlsx?enterpriseId=" + id);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(fileName(export)).isEqualTo("CRLF测试企业-单元储罐存量.xlsx");
    }

    @Test
    void namesWithControlCharactersAreRefused() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        Response user = platform.post("/api/v1/users", Map.of("username", "two-lines", "displayName", "第一行\n第二行",
                "password", "TwoLines2026!", "roleCodes", List.of("PLATFORM_ADMIN"), "scope", Map.of("kind", "PLATFORM")));
        assertThat(user.status()).as(user.body()).isEqualTo(400);
        assertThat(user.json().path("errors").get(0).path("field").asString()).isEqualTo("displayName");
        assertThat(user.json().path("errors").get(0).path("message").asString()).contains("控制字符");
        Response site = ApiClient.loggedIn(port, "safety").post("/api/v1/sites", Map.of("name", "厂区\r\n二"));
        assertThat(site.status()).as(site.body()).isEqualTo(400);
    }

    private static String fileName(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).matches(DISPOSITION);
        return URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2).replace("+", "%2B"),
                StandardCharsets.UTF_8);
    }
}
