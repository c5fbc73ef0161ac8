package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTests {

    @Test
    void chineseNamesGoInFilenameStarWithAnAsciiFallback() {
        assertThat(Downloads.attachment("重大危险源台账.xlsx", "major-hazard-ledger.xlsx")).isEqualTo("attachment; filename=\"major-hazard-ledger.xlsx\"; "
                + "filename*=UTF-8''%E9%87%8D%E5%A4%A7%E5%8D%B1%E9%99%A9%E6%BA%90%E5%8F%B0%E8%B4%A6.xlsx");
        assertThat(Downloads.attachment("units 2026.xlsx", "units 2026.xlsx"))
                .isEqualTo("attachment; filename=\"units-2026.xlsx\"; filename*=UTF-8''units%202026.xlsx");
    }

    @Test
    void controlCharactersQuotesAndPathsCannotBreakTheHeader() {
        String header = Downloads.attachment("某\r\n公司 \"A\"\t\u0000-单元/../x.xlsx", "某\r\n公司 \"A\"\t\u0000-单元/../x.xlsx");
        assertThat(header).doesNotContain("\r", "\n", "\t", "\u0000", "/")
                .startsWith("attachment; filename=\"A-x.xlsx\"; filename*=UTF-8''")
                .endsWith("%22A%22-%E5%8D%95%E5%85%83_.._x.xlsx");
        assertThat(Downloads.attachment("\r\n", "\r\n")).startsWith("attachment; filename=\"download\";");
        assertThat(Downloads.attachment(".xlsx", ".xlsx")).startsWith("attachment; filename=\"download.xlsx\";");
    }
}
