package org.chemsafe.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for the import tests, built with POI, and the cells of downloaded ones as Excel shows them. */
public final class TestWorkbooks {

    /** A formula with its cached result, or none (never calculated). */
    public record Formula(String formula, Double cached) {
    }

    private TestWorkbooks() {
    }

    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** A workbook with these sheets (in order) of rows; null leaves a cell blank. */
    public static byte[] xlsx(Map<String, ? extends List<? extends List<?>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, ? extends List<? extends List<?>>> entry : sheets.entrySet()) {
                XSSFSheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<?> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Formula formula) {
                            cell.setCellFormula(formula.formula());
                            if (formula.cached() != null) {
                                cell.setCellValue(formula.cached());
                            }
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static List<String> headers(Sheet sheet) {
        return rowsOf(sheet).get(0);
    }

    /** Every row's cells as Excel shows them. */
    public static List<List<String>> rowsOf(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                values.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(values);
        }
        return rows;
    }
}
