package org.chemsafe.dualprevention.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.shared.pdf.LedgerPdf;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The dual-prevention ledgers as PDF, the electronic records inspectors accept: a card per row under the same
 * columns as the Excel export, the count and the time printed under the title, the page's number at each foot. A
 * print has at most {@link #MAX_ROWS} rows; more is a 422 asking for a narrower filter (or the Excel export).
 */
@Component
public class LedgerPrints {

    public static final int MAX_ROWS = 2_000;
    private static final String PREFIX = "dualprevention.ledger.pdf.";

    private final LedgerPdf pdf;
    private final Problems problems;
    private final WorkCalendar calendar;
    private final Clock clock;

    LedgerPrints(LedgerPdf pdf, Problems problems, WorkCalendar calendar, Clock clock) {
        this.pdf = pdf;
        this.problems = problems;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Writes the rows (at most {@link #MAX_ROWS}: the caller reads one more to tell) as a PDF download; the column
     * {@code heading} heads each card.
     */
    public void write(HttpServletResponse response, String title, String asciiName, List<String> headers,
            int heading, List<List<@Nullable Object>> rows) throws IOException {
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.ruleViolation(PREFIX + "too-many", MAX_ROWS);
        }
        LedgerPdf.Ledger ledger = new LedgerPdf.Ledger(title,
                problems.message(PREFIX + "count", new Object[] {rows.size()}),
                problems.message(PREFIX + "printed", new Object[] {LedgerPdf.text(clock.instant(), calendar.zone())}),
                problems.message(PREFIX + "page", null), headers, heading, rows);
        // drawn in memory first: a failure (the font missing) is still a problem response, not half a file
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(ledger, calendar.zone(), out);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", Downloads.attachment(title + ".pdf", asciiName));
        out.writeTo(response.getOutputStream());
    }
}
