package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPhotos;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A round on a phone through dead zones, then the hidden danger it found through to acceptance. The operator's
 * two checks of the day are done without a network (one offline, one while the server cannot be reached, across
 * a reload of the page, its checkpoint's QR label read from a photo): the page keeps them with their photos and says what is waiting; when the network returns
 * they are sent, each exactly once. The hidden danger found on the round, with its photo, is then rectified by the
 * operator with a photo and accepted by the safety manager, whose task calendar shows the day's checks done.
 */
@PlatformTest
class InspectionRoundJourneyIT extends BrowserJourney {

    private static final String LEVEL_CHECK = "检查液氨储罐液位、压力及紧急切断阀状态";
    private static final String DETECTOR_CHECK = "检查罐区可燃气体报警器";
    private static final String DANGER = "罐区东侧可燃气体报警器无显示";

    @Override
    BrowserContext newBrowserContext() {
        return opened(phone().setGeolocation(new Geolocation(34.95, 117.47)).setPermissions(List.of("geolocation")));
    }

    @Test
    void aRoundDoneInDeadZonesIsSentOnceAndItsHiddenDangerIsRectifiedAndAccepted() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        String operator = TestUsers.newColleague(manager, "OPERATOR");
        String operatorId = ApiClient.loggedIn(port, operator).get("/api/v1/auth/me").json().path("id").asString();
        String measure = measure(manager);
        String levelTask = task(manager, measure, LEVEL_CHECK, operatorId);
        String detectorTask = task(manager, measure, DETECTOR_CHECK, operatorId);

        login(operator);
        page.navigate(url("/inspection-rounds"));
        assertThat(page.getByTestId("round-item")).hasCount(2);
        assertThat(page.getByTestId("rounds-network")).hasText("在线");

        // a dead zone: no network at all
        context.setOffline(true);
        assertThat(page.getByTestId("rounds-network")).hasText("离线");
        check(LEVEL_CHECK);
        page.getByTestId("round-status-NORMAL").click();
        page.getByTestId("round-check-comment").fill("液位 62%，压力 0.8 MPa，切断阀已试动作");
        addPhoto("IMG_20261204_0812.jpg");
        page.getByText("获取当前位置").click();
        assertThat(page.getByTestId("round-location")).containsText("34.950000, 117.470000");
        page.getByTestId("round-check-save").click();
        assertThat(page.getByTestId("rounds-waiting")).hasText("1 条排查记录待发送");
        assertThat(item(LEVEL_CHECK).getByTestId("round-state")).hasText("待发送");
        screenshot("round-offline-waiting");

        // the network returns: the phone sends what it kept without being asked
        context.setOffline(false);
        assertThat(page.getByTestId("rounds-outbox")).hasCount(0);
        assertThat(item(LEVEL_CHECK).getByTestId("round-state")).hasText("已排查");

        // the network is there but the server is not (a plant's VPN down): the check is kept, across a reload
        page.route("**/api/v1/dual-prevention/photos**", route -> route.abort("internetdisconnected"));
        check(DETECTOR_CHECK);
        page.getByTestId("round-status-DANGER_FOUND").click();
        page.getByTestId("round-danger-name").fill(DANGER);
        page.getByTestId("round-danger-desc").fill("报警器面板无显示，按测试键无反应");
        // the checkpoint's QR label, photographed: the phone reads it (no network needed)
        page.getByTestId("round-checkpoint-scan-input").setInputFiles(new FilePayload("IMG_20261204_0829.png",
                "image/png", qrLabel("CP-TANK-EAST-03")));
        assertThat(page.getByTestId("round-checkpoint")).hasValue("CP-TANK-EAST-03");
        addPhoto("IMG_20261204_0830.jpg");
        page.getByTestId("round-check-save").click();
        assertThat(page.getByTestId("rounds-waiting")).hasText("1 条排查记录待发送");
        page.reload();
        assertThat(page.getByTestId("rounds-waiting")).hasText("1 条排查记录待发送");
        assertThat(page.getByTestId("rounds-pending-item")).containsText(DETECTOR_CHECK);
        assertThat(page.getByTestId("rounds-pending-item")).containsText("1 张照片");
        assertThat(item(DETECTOR_CHECK).getByTestId("round-state")).hasText("待发送");
        page.unrouteAll();
        page.getByTestId("rounds-send").click();
        assertThat(page.getByTestId("rounds-outbox")).hasCount(0);
        assertThat(item(DETECTOR_CHECK).getByTestId("round-state")).hasText("已排查");
        screenshot("round-sent");

        // exactly once each, with the phone's photo and its facts
        JsonNode level = onlyRecord(manager, levelTask);
        org.assertj.core.api.Assertions.assertThat(level.path("photos")).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(level.path("location").path("latitude").asDouble())
                .isEqualTo(34.95);
        JsonNode detector = onlyRecord(manager, detectorTask);
        org.assertj.core.api.Assertions.assertThat(detector.path("checkStatus").asString()).isEqualTo("DANGER_FOUND");
        org.assertj.core.api.Assertions.assertThat(detector.path("checkpointCode").asString())
                .isEqualTo("CP-TANK-EAST-03");
        String dangerId = detector.path("hiddenDangerId").asString();
        JsonNode danger = manager.get("/api/v1/hidden-dangers/" + dangerId).json();
        org.assertj.core.api.Assertions.assertThat(danger.path("dangerName").asString()).isEqualTo(DANGER);
        org.assertj.core.api.Assertions.assertThat(danger.path("dangerImg")).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(danger.path("dangerImg").get(0).asString())
                .isEqualTo(detector.path("photos").get(0).asString());

        // the safety manager confirms it and orders it fixed at once; the operator fixes it on the phone
        step(manager, dangerId, "confirm", Map.of("dangerLevel", "GENERAL"));
        step(manager, dangerId, "order", Map.of("dangerManageType", "IMMEDIATE", "liablePerson", "李班长",
                "controlMeasures", "更换报警器电源模块并标定"));
        page.navigate(url("/hidden-dangers/" + dangerId));
        assertThat(page.getByTestId("danger-photos").getByTestId("photo-item")).hasCount(1);
        page.getByTestId("danger-step-rectify").click();
        Locator photos = page.getByTestId("step-photos");
        page.getByTestId("step-photos-input").setInputFiles(new FilePayload("IMG_20261204_1005.jpg", "image/jpeg",
                TestPhotos.JPEG));
        assertThat(photos.getByTestId("photo-item")).hasCount(1);
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("待验收");

        // the safety manager accepts it on a phone of their own
        context.close();
        context = newBrowserContext();
        page = context.newPage();
        login(enterprise.safetyManager());
        page.navigate(url("/hidden-dangers/" + dangerId));
        page.getByTestId("danger-step-accept").click();
        page.getByTestId("step-accept-comment").fill("已复测，报警器显示及声光报警正常");
        page.getByTestId("step-submit").click();
        assertThat(page.getByTestId("danger-status")).hasText("已验收");
        assertThat(page.getByTestId("danger-state")).hasText("9");
        screenshot("round-danger-accepted");

        // the task calendar shows both of today's checks done
        page.navigate(url("/inspection-calendar"));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(page.getByTestId("calendar-day-" + today)).containsText("完成 2/2");
        assertThat(page.getByTestId("calendar-day-table").getByTestId("calendar-state")).hasText(new String[] {"已排查",
            "已排查"});
    }

    /** A photo of a checkpoint's QR label: the code drawn 8 pixels a module on a white page. */
    private static byte[] qrLabel(String code) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            int scale = 8;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale + 80, matrix.getHeight() * scale + 80,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        graphics.fillRect(40 + x * scale, 40 + y * scale, scale, scale);
                    }
                }
            }
            graphics.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException | IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Locator item(String content) {
        return page.getByTestId("round-item").filter(new Locator.FilterOptions().setHasText(content));
    }

    private void check(String content) {
        item(content).getByTestId("round-check-open").click();
        assertThat(page.getByTestId("round-check-task")).hasText(content);
    }

    private void addPhoto(String name) {
        page.getByTestId("round-photos-input").setInputFiles(new FilePayload(name, "image/jpeg", TestPhotos.JPEG));
        assertThat(page.getByTestId("round-photos").getByTestId("photo-item")).hasCount(1);
    }

    private static String measure(ApiClient manager) {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氨罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "液氨储罐 V-201")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氨泄漏中毒")));
        return created(manager.post("/api/v1/risk-events/" + event + "/measures", Map.of("dataSrc", 2,
                "riskMeasureDesc", "液位高高联锁切断进料", "classify1", "1", "classify2", "1-4", "classify3", "联锁",
                "troubleshootContent", "检查联锁投用")));
    }

    /** A daily task since three days ago, assigned to the operator: one occurrence open all of today. */
    private static String task(ApiClient manager, String measure, String content, String assignee) {
        String start = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3) + "T00:00:00";
        return created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of("troubleshootContent",
                content, "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", start, "workDayType",
                "EVERY_DAY", "workType", 0, "assigneeId", assignee)));
    }

    private static JsonNode onlyRecord(ApiClient manager, String task) {
        JsonNode page = manager.get("/api/v1/inspection-records?checkTaskId=" + task).json();
        org.assertj.core.api.Assertions.assertThat(page.path("totalElements").asInt()).isEqualTo(1);
        return page.path("content").get(0);
    }

    private static void step(ApiClient manager, String id, String step, Map<String, Object> body) {
        Response response = manager.post("/api/v1/hidden-dangers/" + id + "/" + step, body);
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String created(Response response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
