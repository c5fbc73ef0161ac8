package org.chemsafe.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chemsafe.shared.pdf.PdfSheet.Cell;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A ledger's cards: the heading's column heads the card and is not repeated, short values go two to a line and long
 * ones alone, a last odd pair is filled out, times print in the plant's zone to the minute; a long ledger runs over
 * pages, each with its number (printed with the installed CJK font).
 */
class LedgerPdfTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");
    static final List<String> HEADERS = List.of("企业", "隐患名称", "登记时间", "整改期限", "资金", "隐患描述");

    @Test
    void aCardPairsShortValuesAndGivesLongOnesALineOfTheirOwn() {
        String longText = "阻火器网眼被锈蚀物堵塞，呼吸阀阀盘卡涩，需拆检清理后复装并做密封试验";
        List<@Nullable Object> row = Arrays.asList("甲企业", "阻火器堵塞", Instant.parse("2026-12-03T01:05:09Z"),
                LocalDate.parse("2026-12-10"), new BigDecimal("0.20"), longText);
        List<List<Cell>> lines = LedgerPdf.lines(HEADERS, 1, row, PLANT);

        assertThat(lines).extracting(line -> line.stream().map(Cell::text).toList()).containsExactly(
                List.of("企业", "甲企业", "登记时间", "2026-12-03 09:05"),
                List.of("整改期限", "2026-12-10", "资金", "0.20"),
                List.of("隐患描述", longText));
        assertThat(lines.get(0)).extracting(Cell::label).containsExactly(true, false, true, false);
        assertThat(lines.get(2).get(0).share() + lines.get(2).get(1).share()).isEqualTo(1f);

        List<List<Cell>> odd = LedgerPdf.lines(HEADERS.subList(0, 3), 1, row.subList(0, 3), PLANT);
        assertThat(odd).hasSize(1);
        assertThat(odd.get(0)).extracting(Cell::text).containsExactly("企业", "甲企业", "登记时间", "2026-12-03 09:05");
        List<List<Cell>> filled = LedgerPdf.lines(List.of("a", "b", "c"), 0, Arrays.asList("x", null, "y"), PLANT);
        assertThat(filled.get(0)).extracting(Cell::text).containsExactly("b", "", "c", "y");
        assertThat(LedgerPdf.lines(List.of("a", "b"), 0, Arrays.asList("x", null), PLANT).get(0))
                .extracting(Cell::text).containsExactly("b", "", "", "");
    }

    @Test
    void aLongLedgerRunsOverNumberedPages() throws Exception {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(Arrays.asList("甲企业", "隐患 " + i, Instant.parse("2026-12-03T01:05:09Z"), null, null, "描述"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LedgerPdf(new CjkFont(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))).write(
                new LedgerPdf.Ledger("隐患排查治理台账", "共 60 条", "打印时间：2026-12-04 10:00", "第 %d 页，共 %d 页", HEADERS, 1,
                        rows), PLANT, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("隐患排查治理台账", "共 60 条", "1. 隐患 1", "60. 隐患 60", "2026-12-03 09:05",
                    "第 1 页，共 " + pages + " 页", "第 " + pages + " 页，共 " + pages + " 页");
        }
    }
}
