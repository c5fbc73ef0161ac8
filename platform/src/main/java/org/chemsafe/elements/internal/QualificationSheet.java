package org.chemsafe.elements.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.springframework.stereotype.Component;

/** Certificates and training records as an Excel workbook (持证及培训台账), the list's rows. */
@Component
class QualificationSheet {

    private static final List<String> COLUMNS = List.of("person", "category", "kind", "number", "issuer",
            "issued-on", "valid-until", "state");

    private final Problems problems;

    QualificationSheet(Problems problems) {
        this.problems = problems;
    }

    void write(List<QualificationView> rows, HttpServletResponse response) throws IOException {
        String sheet = message("elements.qualification.sheet");
        List<String> headers = COLUMNS.stream().map(key -> message("elements.qualification.column." + key)).toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers)) {
            for (QualificationView row : rows) {
                workbook.row(Arrays.asList(row.personName(),
                        message("elements.qualification.category." + row.category().name()),
                        message("elements.qualification.kind." + row.kind().name()), row.number(), row.issuer(),
                        row.issuedOn(), row.validUntil(), message("elements.qualification.state." + row.state()
                                .name())));
            }
            Downloads.xlsx(response, sheet + ".xlsx", "qualifications.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    private String message(String key) {
        return problems.message(key, null);
    }
}
