package org.chemsafe.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel export written as it streams (only a window of rows in memory): per sheet a bold, frozen header row, then
 * one row per call of {@link #row(List)}. Times are written in the platform's display zone. A workbook has one sheet
 * from its constructor, or several added with {@link #sheet(String, List)}; columns may carry a comment on their
 * header and a dropdown of allowed values (templates for imports, read back with {@link XlsxReader}).
 */
public final class ExcelWorkbook implements AutoCloseable {

    /** Times in exports are shown in China Standard Time, as the people reading them expect. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DISPLAY_ZONE);
    /** Rows below the header that a column's dropdown covers. */
    private static final int CHOICE_ROWS = 10_000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle bold;
    private @Nullable CellStyle text;
    private @Nullable SXSSFSheet sheet;
    private int nextRow;

    /**
     * A column of a sheet.
     *
     * @param header  the header text
     * @param comment shown on the header cell (e.g. how to fill the column), if any
     * @param choices the allowed values, offered as a dropdown below the header; empty for free input
     * @param width   in characters; 0 to size it by the header
     * @param text    whether cells are formatted as text (so that codes such as 001 stay as typed)
     */
    public record Column(String header, @Nullable String comment, List<String> choices, int width, boolean text) {

        public Column {
            choices = List.copyOf(choices);
        }

        public static Column of(String header) {
            return new Column(header, null, List.of(), 0, false);
        }
    }

    /** A workbook without sheets yet: add them with {@link #sheet(String, List)}. */
    public ExcelWorkbook() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    /** A one-sheet workbook with these headers. */
    public ExcelWorkbook(String sheetName, List<String> headers) {
        this();
        sheet(sheetName, headers.stream().map(Column::of).toList());
    }

    /** Adds a sheet with a header row of these columns; the following rows go to it. */
    public void sheet(String name, List<Column> columns) {
        SXSSFSheet created = workbook.createSheet(name);
        sheet = created;
        nextRow = 0;
        if (columns.isEmpty()) {
            return;
        }
        Row header = created.createRow(nextRow++);
        Drawing<?> drawing = columns.stream().anyMatch(column -> column.comment() != null)
                ? created.createDrawingPatriarch() : null;
        DataValidationHelper validations = created.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(bold);
            int width = column.width() > 0 ? column.width() : Math.max(12, column.header().length() * 3);
            created.setColumnWidth(i, Math.min(255, width) * 256);
            if (drawing != null && column.comment() != null) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(5);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(column.comment()));
                cell.setCellComment(comment);
            }
            if (!column.choices().isEmpty()) {
                DataValidation validation = validations.createValidation(
                        validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                        new CellRangeAddressList(1, CHOICE_ROWS, i, i));
                validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                validation.setShowErrorBox(true);
                created.addValidationData(validation);
            }
            if (column.text()) {
                created.setDefaultColumnStyle(i, textStyle());
            }
        }
        created.createFreezePane(0, 1);
    }

    public void row(List<@Nullable Object> values) {
        write(values, null);
    }

    /** A row in bold, e.g. a heading inside a sheet of notes. */
    public void boldRow(List<@Nullable Object> values) {
        write(values, bold);
    }

    private void write(List<@Nullable Object> values, @Nullable CellStyle style) {
        SXSSFSheet current = sheet;
        if (current == null) {
            throw new IllegalStateException("add a sheet first");
        }
        Row row = current.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Instant instant) {
                cell.setCellValue(TIME.format(instant));
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private CellStyle textStyle() {
        CellStyle style = text;
        if (style == null) {
            style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text = style;
        }
        return style;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // temporary files are already disposed of
        }
    }
}
