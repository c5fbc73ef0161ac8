package org.chemsafe.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.chemsafe.shared.pdf.PdfSheet.Cell;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A ledger (台账) printed as the paper one is kept: one card per row, numbered, one column as the card's heading and
 * every other column as a label beside its value, two to a line, long texts on a line of their own. Empty values
 * print as empty cells, so every card shows every column in the same place. Times print in the plant's zone.
 */
@Component
public class LedgerPdf {

    /** A value longer than this gets a line of its own. */
    static final int SHORT_TEXT = 28;
    private static final float LABEL = 0.14f;
    private static final float HALF_VALUE = 0.36f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CjkFont font;

    public LedgerPdf(CjkFont font) {
        this.font = font;
    }

    /**
     * A ledger's content: its title, a line under it (left and right: the count, the time printed), the headers and
     * the rows, each row's values in the headers' order.
     *
     * @param pageTemplate the foot of every page, formatted with the page's number and the number of pages
     * @param heading      the column that heads each card (a name, what was checked)
     */
    public record Ledger(String title, String subtitle, String printedAt, String pageTemplate, List<String> headers,
            int heading, List<List<@Nullable Object>> rows) {
    }

    public void write(Ledger ledger, ZoneId zone, OutputStream out) throws IOException {
        try (TrueTypeCollection fonts = font.open(); PDDocument document = new PDDocument()) {
            PdfSheet sheet = new PdfSheet(document, font.load(document, fonts));
            sheet.title(ledger.title(), 16);
            sheet.line(ledger.subtitle(), ledger.printedAt());
            int number = 0;
            for (List<@Nullable Object> row : ledger.rows()) {
                sheet.gap(6);
                sheet.heading(++number + ". " + text(row.get(ledger.heading()), zone));
                for (List<Cell> line : lines(ledger.headers(), ledger.heading(), row, zone)) {
                    sheet.row(line);
                }
            }
            sheet.finish(ledger.title(), ledger.pageTemplate());
            document.save(out);
        }
    }

    /** The card's lines: short values in pairs, long ones alone; the heading's column is not repeated. */
    static List<List<Cell>> lines(List<String> headers, int heading, List<@Nullable Object> row, ZoneId zone) {
        List<List<Cell>> lines = new ArrayList<>();
        List<Cell> pending = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (i == heading) {
                continue;
            }
            String value = text(row.get(i), zone);
            if (value.length() > SHORT_TEXT) {
                lines.add(List.of(Cell.label(LABEL, headers.get(i)), Cell.value(1 - LABEL, value)));
                continue;
            }
            pending.add(Cell.label(LABEL, headers.get(i)));
            pending.add(Cell.value(HALF_VALUE, value));
            if (pending.size() == 4) {
                lines.add(List.copyOf(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            pending.add(Cell.label(LABEL, ""));
            pending.add(Cell.value(HALF_VALUE, ""));
            lines.add(List.copyOf(pending));
        }
        return lines;
    }

    /** A value as printed: times to the minute in the zone, decimals without exponent, nothing as empty. */
    public static String text(@Nullable Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(zone));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
