package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.shared.pdf.CjkFont;
import org.chemsafe.shared.pdf.LedgerPdf;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** A print of more than 2,000 rows is refused before anything is drawn or sent, naming the limit. */
class LedgerPrintsTests {

    @Test
    void moreRowsThanAPrintHoldsIsARuleViolation() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LedgerPrints prints = new LedgerPrints(new LedgerPdf(new CjkFont(Path.of("/nonexistent.ttc"))),
                new Problems(new StaticMessageSource()), WorkCalendar.of(zone,
                        ReferenceCsv.fromClasspath("calendar/cn-work-calendar.csv", WorkCalendar.HEADER)),
                Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), zone));
        List<@Nullable Object> row = List.of("甲企业", "隐患");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> prints.write(response, "台账", "ledger.pdf", List.of("企业", "名称"), 1,
                Collections.nCopies(LedgerPrints.MAX_ROWS + 1, row)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    org.assertj.core.api.Assertions.assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATION);
                    org.assertj.core.api.Assertions.assertThat(problem.detailArgs()).containsExactly(2_000);
                });
        org.assertj.core.api.Assertions.assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
