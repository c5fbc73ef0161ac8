package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import tools.jackson.databind.JsonNode;

/**
 * The electronic permit printed, through the real stack: the PDF parses back with PDFBox, holds the form's Chinese
 * labels, the number, the signers, the gas readings, the safety-measure checklist with its answers, one image per handwritten signature, embeds the CJK font as
 * a subset, and its QR code decodes (from the rendered page) to the permit's page; a permit not yet signed prints with
 * empty blocks, a changed record prints as a failed check, and another enterprise's permit is a 404.
 */
@PlatformTest
class PermitPdfApiTests {

    private static final List<String> HOT_WORK_CHAIN = List.of("WORK_LEADER", "UNIT", "SAFETY_DEPARTMENT",
            "HOT_WORK_APPROVER", "SHIFT_LEADER_CHECK");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedHotWorkPermitPrintsAsItsFormWithSignaturesReadingsAndAQrCodeOfItsPage() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient signer = enterprise.newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER", "ENTERPRISE_PRINCIPAL");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = created(signer.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(signer), "location", "2号罐区泵房", "content", "更换法兰焊接",
                "facts", Map.of("type", "HOT_WORK", "fireExplosionArea", true, "equipmentInOperation", true,
                        "plannedStart", now.minus(5, ChronoUnit.MINUTES).toString(), "plannedEnd",
                        now.plus(4, ChronoUnit.HOURS).toString())))));
        for (String step : HOT_WORK_CHAIN) {
            ok(signer.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD)));
        }
        ok(signer.post(path(id, "measures"), TestSignatures.measures(16, 9)));
        ok(signer.post(path(id, "gas-analyses"), Map.of("analyst", "李分析", "samples", List.of(Map.of("lelPercent", 5,
                "concentrationPercentVol", 0.12, "oxygenPercentVol", 20.8, "sampledAt",
                now.minus(3, ChronoUnit.MINUTES).toString())))));
        JsonNode permit = ok(signer.post(path(id, "start"), Map.of("remark", "开始动火")));
        String number = permit.path("number").asString();
        String signerName = permit.path("records").path(1).path("actorName").asString();

        HttpResponse<byte[]> response = signer.getBytes(path(id, "pdf"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"" + number + ".pdf\"", "filename*=UTF-8''" + number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("动火安全作业票", "编号：" + number, enterprise.name(), "2号罐区泵房", "更换法兰焊接",
                    "监护人", "张监护", "作业实施时间", "分级依据", "火灾爆炸危险区域", "在运行的设备、管道上作业", "气体分析", "李分析",
                    "爆炸下限 5%", "浓度 0.12%", "20.8", "合格", "审批签字", "作业负责人", "所在单位", "安全管理部门",
                    "动火审批人", "岗位当班班长验票", "完工验收", "同意", signerName, "开始作业", "开始动火",
                    "防篡改校验", "通过：记录未被改动", permit.path("records").path(permit.path("records").size() - 1).path("hash").asString());
            assertThat(text).as("the checklist with the answers").contains("安全措施", "是否涉及", "确认人",
                    "动火设备内部构件清洗干净", "张确认", "其他相关特殊作业安全措施");
            assertThat(text.split("张确认", -1)).as("confirmed by 张确认 where it applies: 9 items").hasSize(10);
            assertThat(imageCount(pdf)).as("one handwritten signature per block of the chain").isEqualTo(5);
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            });
            assertThat(qrCode(pdf)).isEqualTo("http://localhost:" + port + "/permits/" + id);
        }

        jdbc.sql("update permit_record set body = replace(body, '同意', '不同意') where permit_id = cast(:id as uuid) and seq = 3")
                .param("id", id).update();
        try (PDDocument pdf = Loader.loadPDF(signer.getBytes(path(id, "pdf")).body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("未通过：第 3 条记录与写入时不一致");
        }
    }

    @Test
    void aPermitNotYetSignedPrintsWithEmptyBlocks() throws IOException {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));

        HttpResponse<byte[]> response = safety.getBytes(path(id, "pdf"));
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("受限空间安全作业票", "1号反应釜", "釜内清理检修", "作业负责人", "所在单位", "完工验收",
                    "尚无气体分析记录", "作业尚未开始", "待签批", "是否涉及",
                    "与受限空间连通的可能危及安全作业的管道已加盲板或断开");
            assertThat(imageCount(pdf)).isZero();
        }
    }

    @Test
    void anotherEnterprisesPermitIsNotFound() {
        TestEnterprise owner = TestEnterprise.register(port);
        ApiClient ownerSafety = owner.safetyManager(port);
        String id = created(ownerSafety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(ownerSafety))));
        Response other = TestEnterprise.register(port).safetyManager(port).get(path(id, "pdf"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    private static int imageCount(PDDocument pdf) throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    images++;
                }
            }
        }
        return images;
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** The QR code found on a page rendered at 150 dpi, as a phone's camera would see the printout. */
    private static String qrCode(PDDocument pdf) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = pdf.getNumberOfPages() - 1; page >= 0; page--) {
            BufferedImage image = renderer.renderImageWithDPI(page, 150, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
                // not on this page
            }
        }
        return "";
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
