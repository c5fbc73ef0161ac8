package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sites, plan uploads, calibration and areas over real HTTP (multipart included) against the embedded PostgreSQL. */
@PlatformTest
class SiteApiTests {

    static final int MAX_PLAN_BYTES = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteAreas siteAreas;

    @Test
    void aSiteGetsAPlanThatIsServedWithCachingHeaders() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Response created = safety.post("/api/v1/sites", Map.of("name", "  一厂区 "));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode site = created.json();
        String id = site.path("id").asString();
        assertThat(site.path("name").asString()).isEqualTo("一厂区");
        assertThat(site.path("enterpriseName").asString()).isEqualTo("枣庄示范化工有限公司");
        assertThat(site.path("plan").isNull()).isTrue();
        assertThat(site.path("calibration").isNull()).isTrue();
        assertThat(safety.post("/api/v1/sites", Map.of("name", "一厂区")).status()).isEqualTo(409);
        assertThat(safety.post("/api/v1/sites", Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/sites/" + id + "/plan").status()).as("no plan yet").isEqualTo(404);

        Response renamed = safety.put("/api/v1/sites/" + id, Map.of("name", "一厂区（东）"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(safety.get("/api/v1/sites?size=200").body()).contains("一厂区（东）");

        Uploader uploader = Uploader.loggedIn(port, "safety");
        byte[] png = image("png", 400, 300);
        HttpResponse<String> uploaded = uploader.upload(id, "plan.png", "image/png", png);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode plan = json(uploaded).path("plan");
        assertThat(plan.path("contentType").asString()).isEqualTo("image/png");
        assertThat(plan.path("widthPx").asInt()).isEqualTo(400);
        assertThat(plan.path("heightPx").asInt()).isEqualTo(300);
        assertThat(plan.path("bytes").asInt()).isEqualTo(png.length);
        String version = plan.path("version").asString();
        assertThat(version).hasSize(64);
        assertThat(plan.path("url").asString()).isEqualTo("/api/v1/sites/" + id + "/plan?v=" + version);

        HttpResponse<byte[]> image = safety.getBytes("/api/v1/sites/" + id + "/plan");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-cache").contains("private");
        HttpResponse<byte[]> versioned = safety.getBytes(plan.path("url").asString());
        assertThat(versioned.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
                .contains("immutable").contains("private");
        HttpResponse<byte[]> revalidated = ApiClient.loggedIn(port, "safety")
                .header("If-None-Match", "\"" + version + "\"").getBytes("/api/v1/sites/" + id + "/plan");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        byte[] jpeg = image("jpg", 640, 480);
        HttpResponse<String> replaced = uploader.upload(id, "photo.bin", "application/octet-stream", jpeg);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(json(replaced).path("plan").path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(json(replaced).path("plan").path("widthPx").asInt()).isEqualTo(640);
        assertThat(json(replaced).path("plan").path("version").asString()).isNotEqualTo(version);
        assertThat(safety.getBytes("/api/v1/sites/" + id + "/plan").headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");

        assertThat(safety.delete("/api/v1/sites/" + id).status()).isEqualTo(204);
        assertThat(safety.get("/api/v1/sites/" + id).status()).isEqualTo(404);
    }

    @Test
    void badPlansAreRefusedAndTheStoredPlanStays() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String id = created(safety.post("/api/v1/sites", Map.of("name", "坏图测试厂区")));
        Uploader uploader = Uploader.loggedIn(port, "safety");
        byte[] png = image("png", 200, 100);
        assertThat(uploader.upload(id, "plan.png", "image/png", png).statusCode()).isEqualTo(200);
        calibrate(safety, id, point(0, 0, 0, 0), point(200, 0, 100, 0));
        String before = storedPlan(id);

        HttpResponse<String> gif = uploader.upload(id, "plan.png", "image/png", image("gif", 200, 100));
        assertThat(gif.statusCode()).as(gif.body()).isEqualTo(415);
        assertThat(gif.body()).contains("unsupported-media-type").contains("PNG");
        HttpResponse<String> text = uploader.upload(id, "plan.png", "image/png",
                "这不是图片".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(415);

        byte[] brokenHeader = png.clone();
        Arrays.fill(brokenHeader, 12, 24, (byte) 0x7f);
        HttpResponse<String> broken = uploader.upload(id, "plan.png", "image/png", brokenHeader);
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
        assertThat(broken.body()).contains("rule-violation");
        assertThat(uploader.upload(id, "plan.png", "image/png", Arrays.copyOf(png, 60)).statusCode())
                .as("truncated").isEqualTo(422);
        assertThat(uploader.upload(id, "tiny.png", "image/png", image("png", 8, 8)).statusCode())
                .as("too small to calibrate").isEqualTo(422);
        assertThat(uploader.upload(id, "empty.png", "image/png", new byte[0]).statusCode()).isEqualTo(422);

        byte[] oversize = new byte[MAX_PLAN_BYTES + 1];
        System.arraycopy(png, 0, oversize, 0, png.length);
        HttpResponse<String> tooLarge = uploader.upload(id, "big.png", "image/png", oversize);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("payload-too-large").contains("10 MB");
        // beyond the multipart parser's file limit too (the plan limit + 1 MB): still a 413 problem, not a 500. (A
        // request whose declared length is far beyond it is refused unread, and Tomcat then closes the connection.)
        HttpResponse<String> wayTooLarge = uploader.upload(id, "huge.png", "image/png",
                new byte[MAX_PLAN_BYTES + 1024 * 1024 + 16 * 1024]);
        assertThat(wayTooLarge.statusCode()).as(wayTooLarge.body()).isEqualTo(413);
        assertThat(wayTooLarge.body()).contains("payload-too-large");

        HttpResponse<String> noFile = uploader.send(id, "other", "plan.png", "image/png", png);
        assertThat(noFile.statusCode()).as(noFile.body()).isEqualTo(400);

        assertThat(storedPlan(id)).as("plan and calibration untouched").isEqualTo(before);
        assertThat(safety.getBytes("/api/v1/sites/" + id + "/plan").body()).isEqualTo(png);
    }

    @Test
    void twoReferencePointsCalibrateThePlan() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String id = created(safety.post("/api/v1/sites", Map.of("name", "标定测试厂区")));
        Response noPlan = safety.put("/api/v1/sites/" + id + "/calibration",
                Map.of("points", List.of(point(0, 0, 0, 0), point(100, 0, 50, 0))));
        assertThat(noPlan.status()).isEqualTo(422);
        assertThat(noPlan.json().path("detail").asString()).contains("平面图");

        Uploader uploader = Uploader.loggedIn(port, "safety");
        assertThat(uploader.upload(id, "plan.png", "image/png", image("png", 1000, 800)).statusCode()).isEqualTo(200);
        // north up, 0.5 m/px, pixel (0, 0) at (100 m, 200 m)
        Response good = calibrate(safety, id, point(0, 0, 100, 200), point(200, 100, 200, 150));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        JsonNode calibration = good.json().path("calibration");
        assertThat(calibration.path("metresPerPixel").asDouble()).isEqualTo(0.5);
        assertThat(calibration.path("rotationDeg").asDouble()).isEqualTo(0.0);
        assertThat(calibration.path("points").size()).isEqualTo(2);
        assertThat(calibration.path("points").get(1).path("pixelX").asDouble()).isEqualTo(200);
        JsonNode toMetre = calibration.path("pixelToMetre");
        assertThat(List.of(toMetre.path("a").asDouble(), toMetre.path("b").asDouble(), toMetre.path("c").asDouble(),
                toMetre.path("d").asDouble(), toMetre.path("e").asDouble(), toMetre.path("f").asDouble()))
                .containsExactly(0.5, 0.0, 100.0, 0.0, -0.5, 200.0);
        JsonNode toPixel = calibration.path("metreToPixel");
        assertThat(List.of(toPixel.path("a").asDouble(), toPixel.path("c").asDouble(), toPixel.path("e").asDouble(),
                toPixel.path("f").asDouble())).containsExactly(2.0, -200.0, -2.0, 400.0);
        assertThat(safety.get("/api/v1/sites/" + id).json().path("calibration").path("metresPerPixel").asDouble())
                .isEqualTo(0.5);

        // a plan with north to the right
        Response rotated = calibrate(safety, id, point(0, 0, 0, 0), point(100, 0, 0, 100));
        assertThat(rotated.json().path("calibration").path("rotationDeg").asDouble()).isEqualTo(90.0);

        String stored = storedPlan(id);
        assertRefused(safety, id, "coincident-pixels", point(10, 10, 0, 0), point(10, 10, 50, 0));
        assertRefused(safety, id, "coincident-metres", point(10, 10, 5, 5), point(300, 10, 5, 5));
        assertRefused(safety, id, "outside", point(10, 10, 0, 0), point(1200, 10, 100, 0));
        assertRefused(safety, id, "outside", point(10, -5, 0, 0), point(500, 10, 100, 0));
        assertRefused(safety, id, "too-close", point(10, 10, 0, 0), point(15, 15, 5, 5));
        assertRefused(safety, id, "scale", point(0, 0, 0, 0), point(100, 0, 50_000, 0));
        assertRefused(safety, id, "scale", point(0, 0, 0, 0), point(500, 0, 0.1, 0));
        assertRefused(safety, id, "finite", point(0, 0, 0, 0), point(500, 0, "NaN", 0));
        Response onePoint = safety.put("/api/v1/sites/" + id + "/calibration", Map.of("points",
                List.of(point(0, 0, 0, 0))));
        assertThat(onePoint.status()).isEqualTo(400);
        assertThat(onePoint.json().path("errors").get(0).path("field").asString()).isEqualTo("points");
        Map<String, Object> missingY = new HashMap<>(point(500, 0, 10, 0));
        missingY.remove("y");
        assertThat(safety.put("/api/v1/sites/" + id + "/calibration",
                Map.of("points", List.of(point(0, 0, 0, 0), missingY))).status()).isEqualTo(400);
        assertThat(storedPlan(id)).as("calibration untouched by refused requests").isEqualTo(stored);

        // a new plan drops the calibration
        assertThat(uploader.upload(id, "plan2.png", "image/png", image("png", 500, 400)).statusCode())
                .isEqualTo(200);
        assertThat(safety.get("/api/v1/sites/" + id).json().path("calibration").isNull()).isTrue();
        calibrate(safety, id, point(0, 0, 0, 0), point(100, 0, 10, 0));
        Response cleared = safety.delete("/api/v1/sites/" + id + "/calibration");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("calibration").isNull()).isTrue();
    }

    @Test
    void areasAreCheckedPolygonsInMetres() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String site = created(safety.post("/api/v1/sites", Map.of("name", "区域测试厂区")));
        Response rectangle = safety.post("/api/v1/sites/" + site + "/areas",
                area("液氯罐区", "STORAGE", true, 0, 0, 40, 0, 40, 25, 0, 25));
        assertThat(rectangle.status()).as(rectangle.body()).isEqualTo(201);
        JsonNode area = rectangle.json();
        String areaId = area.path("id").asString();
        assertThat(area.path("areaM2").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(area.path("polygon").size()).isEqualTo(4);
        assertThat(area.path("fireExplosionHazard").asBoolean()).isTrue();
        assertThat(area.path("labelPoint").size()).isEqualTo(2);
        String office = created(safety.post("/api/v1/sites/" + site + "/areas",
                area("办公楼", "OFFICE", false, 100, 100, 120, 100, 120, 110, 100, 110, 100, 100)));
        assertThat(safety.get("/api/v1/areas/" + office).json().path("polygon").size()).as("stored open").isEqualTo(4);

        UUID siteId = UUID.fromString(site);
        assertThat(siteAreas.areasAt(siteId, 20, 10)).extracting(AreaInfo::name).containsExactly("液氯罐区");
        assertThat(siteAreas.areasAt(siteId, 40, 25)).as("boundary").hasSize(1);
        assertThat(siteAreas.areasAt(siteId, 60, 60)).isEmpty();
        assertThat(siteAreas.inFireExplosionHazardArea(siteId, 20, 10)).isTrue();
        assertThat(siteAreas.inFireExplosionHazardArea(siteId, 110, 105)).isFalse();
        assertThat(siteAreas.areasOf(siteId)).hasSize(2);
        assertThat(siteAreas.findArea(UUID.fromString(areaId))).get().extracting(AreaInfo::kind)
                .isEqualTo(AreaKind.STORAGE);

        Response moved = safety.put("/api/v1/areas/" + areaId, area("液氯罐区", "STORAGE", true, 0, 0, 20, 0, 20, 20, 0,
                20));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("areaM2").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(siteAreas.areasAt(siteId, 30, 10)).isEmpty();

        long areas = areaCount(site);
        assertPolygonRefused(safety, site, "self-intersection", 0, 0, 10, 10, 10, 0, 0, 10); // bow-tie
        assertPolygonRefused(safety, site, "too-few-vertices", 0, 0, 10, 0);
        assertPolygonRefused(safety, site, "bad-coordinate", 0, 0, 1e6, 0, 0, 10);
        assertPolygonRefused(safety, site, "self-intersection", 0, 0, 10, 0, 20, 0); // collinear
        Map<String, Object> nan = area("非数", "OTHER", false);
        nan.put("polygon", List.of(List.of(0, 0), List.of("NaN", 0), List.of(0, 10)));
        Response notANumber = safety.post("/api/v1/sites/" + site + "/areas", nan);
        assertThat(notANumber.status()).as(notANumber.body()).isIn(400, 422);
        assertThat(safety.postRaw("/api/v1/sites/" + site + "/areas",
                "{\"name\":\"无穷\",\"kind\":\"OTHER\",\"polygon\":[[0,0],[1e400,0],[0,10]]}", "application/json")
                .status()).isIn(400, 422);
        assertThat(safety.post("/api/v1/sites/" + site + "/areas", area("办公楼", "OFFICE", false, 0, 50, 10, 50, 10,
                60)).status()).as("name taken").isEqualTo(409);
        assertThat(safety.put("/api/v1/areas/" + office, area("液氯罐区", "OFFICE", false, 0, 50, 10, 50, 10, 60))
                .status()).as("renamed onto another").isEqualTo(409);
        assertThat(safety.post("/api/v1/sites/" + site + "/areas", area("飞船", "SPACESHIP", false, 0, 50, 10, 50, 10,
                60)).status()).isEqualTo(400);
        assertThat(safety.put("/api/v1/areas/" + areaId, area("液氯罐区", "STORAGE", true, 0, 0, 10, 10, 10, 0, 0, 10))
                .status()).isEqualTo(422);
        assertThat(areaCount(site)).as("nothing written").isEqualTo(areas);
        assertThat(safety.get("/api/v1/areas/" + areaId).json().path("areaM2").decimalValue())
                .isEqualByComparingTo("400.00");

        JsonNode list = safety.get("/api/v1/sites/" + site + "/areas").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(safety.get("/api/v1/sites/" + site).json().path("areaCount").asInt()).isEqualTo(2);
        assertThat(safety.delete("/api/v1/areas/" + office).status()).isEqualTo(204);
        assertThat(safety.get("/api/v1/areas/" + office).status()).isEqualTo(404);
        assertThat(safety.delete("/api/v1/sites/" + site).status()).isEqualTo(204);
        assertThat(areaCount(site)).as("areas go with their site").isZero();
    }

    @Test
    void sitesStayInsideTheirEnterpriseAndOnlyEnterprisesDrawThem() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        JsonNode own = safety.post("/api/v1/sites", Map.of("name", "私有厂区")).json();
        String site = own.path("id").asString();
        String enterpriseId = own.path("enterpriseId").asString();
        String area = created(safety.post("/api/v1/sites/" + site + "/areas",
                area("私有区域", "PRODUCTION", false, 0, 0, 10, 0, 10, 10)));
        Uploader safetyUploader = Uploader.loggedIn(port, "safety");
        assertThat(safetyUploader.upload(site, "p.png", "image/png", image("png", 300, 300)).statusCode())
                .isEqualTo(200);

        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        assertThat(storage.get("/api/v1/sites/" + site).status()).isEqualTo(404);
        assertThat(storage.get("/api/v1/sites/" + site + "/plan").status()).isEqualTo(404);
        assertThat(storage.get("/api/v1/sites/" + site + "/areas").status()).isEqualTo(404);
        assertThat(storage.get("/api/v1/areas/" + area).status()).isEqualTo(404);
        assertThat(storage.put("/api/v1/sites/" + site, Map.of("name", "抢来的")).status()).isEqualTo(404);
        assertThat(storage.delete("/api/v1/sites/" + site).status()).isEqualTo(404);
        assertThat(storage.put("/api/v1/areas/" + area, area("抢来的", "OTHER", false, 0, 0, 5, 0, 5, 5)).status())
                .isEqualTo(404);
        assertThat(storage.delete("/api/v1/areas/" + area).status()).isEqualTo(404);
        assertThat(storage.post("/api/v1/sites/" + site + "/areas", area("x", "OTHER", false, 0, 0, 5, 0, 5, 5))
                .status()).isEqualTo(404);
        assertThat(storage.put("/api/v1/sites/" + site + "/calibration",
                Map.of("points", List.of(point(0, 0, 0, 0), point(100, 0, 10, 0)))).status()).isEqualTo(404);
        assertThat(Uploader.loggedIn(port, "storage.safety").upload(site, "p.png", "image/png", image("png", 50, 50))
                .statusCode()).isEqualTo(404);
        assertThat(storage.get("/api/v1/sites?size=200").body()).doesNotContain("私有厂区");
        assertThat(storage.get("/api/v1/sites?enterpriseId=" + enterpriseId).json().path("totalElements").asLong())
                .isZero();
        assertThat(storage.post("/api/v1/sites", Map.of("enterpriseId", enterpriseId, "name", "越权")).status())
                .isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "station.safety").get("/api/v1/sites/" + site).status()).isEqualTo(404);

        ApiClient town = ApiClient.loggedIn(port, "town");
        assertThat(town.get("/api/v1/sites/" + site).status()).isEqualTo(200);
        assertThat(town.get("/api/v1/sites?enterpriseId=" + enterpriseId).body()).contains("私有厂区");
        assertThat(town.get("/api/v1/sites/" + site + "/areas").json().size()).isEqualTo(1);
        assertThat(town.getBytes("/api/v1/sites/" + site + "/plan").statusCode()).isEqualTo(200);
        Response supervisorCreates = town.post("/api/v1/sites", Map.of("enterpriseId", enterpriseId, "name", "监管画的"));
        assertThat(supervisorCreates.status()).as("supervisors read, enterprises draw").isEqualTo(403);
        assertThat(supervisorCreates.problemType()).isEqualTo("forbidden");
        assertThat(town.put("/api/v1/sites/" + site, Map.of("name", "改名")).status()).isEqualTo(403);
        assertThat(town.delete("/api/v1/sites/" + site).status()).isEqualTo(403);
        assertThat(town.post("/api/v1/sites/" + site + "/areas", area("监管区", "OTHER", false, 0, 0, 5, 0, 5, 5))
                .status()).isEqualTo(403);
        assertThat(town.put("/api/v1/areas/" + area, area("私有区域", "OTHER", false, 0, 0, 5, 0, 5, 5)).status())
                .isEqualTo(403);
        assertThat(town.delete("/api/v1/areas/" + area).status()).isEqualTo(403);
        assertThat(town.put("/api/v1/sites/" + site + "/calibration",
                Map.of("points", List.of(point(0, 0, 0, 0), point(100, 0, 10, 0)))).status()).isEqualTo(403);
        assertThat(Uploader.loggedIn(port, "town").upload(site, "p.png", "image/png", image("png", 50, 50))
                .statusCode()).isEqualTo(403);

        ApiClient operator = ApiClient.loggedIn(port, "operator");
        assertThat(operator.get("/api/v1/sites/" + site).status()).isEqualTo(200);
        assertThat(operator.post("/api/v1/sites", Map.of("name", "操作工画的")).status()).isEqualTo(403);
        assertThat(operator.delete("/api/v1/areas/" + area).status()).isEqualTo(403);
        assertThat(Uploader.loggedIn(port, "operator").upload(site, "p.png", "image/png", image("png", 50, 50))
                .statusCode()).isEqualTo(403);

        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertThat(platform.post("/api/v1/sites", Map.of("name", "无主")).status()).as("names the enterprise")
                .isEqualTo(422);
        Response forEnterprise = platform.post("/api/v1/sites", Map.of("enterpriseId", enterpriseId, "name", "平台代建"));
        assertThat(forEnterprise.status()).isEqualTo(201);
        assertThat(platform.put("/api/v1/sites/" + site, Map.of("name", "私有厂区")).status()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from site where name in ('抢来的', '越权', '监管画的', '改名', '操作工画的', '无主')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from area where site_id = :site").param("site", UUID.fromString(site))
                .query(Long.class).single()).isEqualTo(1);
    }

    /* ---------------- helpers ---------------- */

    @Test
    void editingSitesIsAPermissionSupervisorsDoNotHold() {
        assertThat(permissions("town")).contains(EnterprisePermissions.ENTERPRISE_WRITE)
                .doesNotContain(EnterprisePermissions.SITE_WRITE);
        assertThat(permissions("safety")).contains(EnterprisePermissions.SITE_WRITE);
        assertThat(permissions("platform")).contains(EnterprisePermissions.SITE_WRITE);
        // refused by the permission before any look-up: an unknown site answers 403 too, not 404
        Response refused = ApiClient.loggedIn(port, "town").put("/api/v1/sites/" + UUID.randomUUID(),
                Map.of("name", "改名"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);

        String chemicals = jdbc.sql("select id from enterprise where name = '枣庄示范化工有限公司'")
                .query(String.class).single();
        Response byPlatform = ApiClient.loggedIn(port, "platform").post("/api/v1/sites",
                Map.of("enterpriseId", chemicals, "name", "平台画的厂区"));
        assertThat(byPlatform.status()).as(byPlatform.body()).isEqualTo(201);
    }

    private List<String> permissions(String username) {
        List<String> permissions = new ArrayList<>();
        ApiClient.loggedIn(port, username).get("/api/v1/auth/me").json().path("permissions")
                .forEach(permission -> permissions.add(permission.asString()));
        return permissions;
    }

    static Map<String, Object> point(double pixelX, double pixelY, Object x, double y) {
        Map<String, Object> point = new HashMap<>();
        point.put("pixelX", pixelX);
        point.put("pixelY", pixelY);
        point.put("x", x);
        point.put("y", y);
        return point;
    }

    static Map<String, Object> area(String name, String kind, boolean hazard, double... coordinates) {
        Map<String, Object> area = new HashMap<>();
        area.put("name", name);
        area.put("kind", kind);
        area.put("fireExplosionHazard", hazard);
        List<List<Double>> polygon = new ArrayList<>();
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            polygon.add(List.of(coordinates[i], coordinates[i + 1]));
        }
        area.put("polygon", polygon);
        return area;
    }

    static Response calibrate(ApiClient client, String site, Map<String, Object> first, Map<String, Object> second) {
        Response response = client.put("/api/v1/sites/" + site + "/calibration", Map.of("points", List.of(first,
                second)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    static void assertRefused(ApiClient client, String site, String detailPart, Map<String, Object> first,
            Map<String, Object> second) {
        Response response = client.put("/api/v1/sites/" + site + "/calibration",
                Map.of("points", List.of(first, second)));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.problemType()).isEqualTo("rule-violation");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("points");
        assertThat(response.json().path("errors").get(0).path("code").asString().toLowerCase().replace('_', '-'))
                .contains(detailPart);
    }

    void assertPolygonRefused(ApiClient client, String site, String code, double... coordinates) {
        Response response = client.post("/api/v1/sites/" + site + "/areas", area("坏区域", "OTHER", false,
                coordinates));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("polygon");
        assertThat(error.path("code").asString().toLowerCase().replace('_', '-')).isEqualTo(code);
        assertThat(error.path("message").asString()).isNotBlank();
    }

    String storedPlan(String site) {
        return jdbc.sql("select coalesce(plan_sha256, '-') || coalesce(calibration::text, '-') from site where id = :id")
                .param("id", UUID.fromString(site)).query(String.class).single();
    }

    long areaCount(String site) {
        return jdbc.sql("select count(*) from area where site_id = :site").param("site", UUID.fromString(site))
                .query(Long.class).single();
    }

    static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.drawRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /**
     * Uploads multipart/form-data with its own signed-in session (the shared {@link ApiClient} sends text bodies
     * only): cookies kept, the CSRF cookie echoed in X-XSRF-TOKEN.
     */
    static final class Uploader {

        private final String base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http;

        private Uploader(int port) {
            this.base = "http://localhost:" + port;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        static Uploader loggedIn(int port, String username) {
            Uploader uploader = new Uploader(port);
            String body = "{\"username\":\"" + username + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}";
            HttpResponse<String> login = uploader.exchange(HttpRequest.newBuilder(URI.create(uploader.base
                    + "/api/v1/auth/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (login.statusCode() != 200) {
                throw new IllegalStateException("login of " + username + " failed: " + login.body());
            }
            return uploader;
        }

        HttpResponse<String> upload(String site, String filename, String contentType, byte[] content) {
            return send(site, "file", filename, contentType, content);
        }

        HttpResponse<String> send(String site, String part, String filename, String contentType, byte[] content) {
            String boundary = "----chemsafe" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return exchange(HttpRequest.newBuilder(URI.create(base + "/api/v1/sites/" + site + "/plan"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) {
            try {
                if (csrf() == null) {
                    http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                request.header("X-XSRF-TOKEN", String.valueOf(csrf()));
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }

        private String csrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }
}
