package org.chemsafe.shared.excel;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.XlsxReader;
import org.jspecify.annotations.Nullable;

/**
 * The two ends of an all-or-nothing import: reading the upload within its limits (an unreadable, legacy, encrypted
 * or oversized file is a clear problem, not a 500) and the answer that rejects the whole file, every bad cell listed
 * in sheet, row and cell order (at most {@link #MAX_PROBLEMS}, with the total).
 */
public final class ExcelImports {

    /** The answer lists at most this many problems (with the total). */
    public static final int MAX_PROBLEMS = 1_000;

    private ExcelImports() {
    }

    /** Reads the sheets {@code choose} picks from the workbook's sheet names. */
    public static List<XlsxReader.Sheet> read(InputStream upload, XlsxReader.Limits limits,
            Function<List<String>, Set<String>> choose) {
        try {
            return XlsxReader.read(upload, limits, choose);
        } catch (XlsxReader.RejectedException ex) {
            throw refused(ex.failure(), limits);
        }
    }

    /** The file cannot be read: the problem saying so. */
    public static ProblemException unreadable() {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "excel-import.file.corrupt");
    }

    /** The file holds no data rows in any of its sheets; the readers have reported why. */
    public static ProblemException noData(List<ImportProblem> problems, List<String> sheetOrder) {
        return rejected(problems, sheetOrder, "excel-import.file.no-data");
    }

    /** None of the sheets the import wants is in the file. */
    public static ProblemException noSheet(List<String> wanted) {
        return new ProblemException(ProblemType.RULE_VIOLATION, "excel-import.file.no-sheet",
                String.join("、", wanted));
    }

    /** The file is rejected for its bad cells; nothing is written. */
    public static ProblemException rejected(List<ImportProblem> problems, List<String> sheetOrder) {
        return rejected(problems, sheetOrder, null);
    }

    private static ProblemException rejected(List<ImportProblem> problems, List<String> sheetOrder,
            @Nullable String detailKey) {
        List<ImportProblem> sorted = problems.stream()
                .sorted(Comparator.comparingInt((ImportProblem problem) -> sheetOrder.indexOf(problem.sheet()))
                        .thenComparingInt(ImportProblem::row)
                        .thenComparing(problem -> problem.cell() == null ? "" : problem.cell(),
                                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                .toList();
        int total = sorted.size();
        int rows = (int) sorted.stream().map(problem -> problem.sheet() + "\u0000" + problem.row()).distinct().count();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", sorted.subList(0, Math.min(total, MAX_PROBLEMS)));
        properties.put("errorCount", total);
        properties.put("truncated", total > MAX_PROBLEMS);
        String key = detailKey != null ? detailKey
                : total > MAX_PROBLEMS ? "excel-import.import.rejected-truncated" : "excel-import.import.rejected";
        return new ProblemException(ProblemType.RULE_VIOLATION, properties, key, rows, total, MAX_PROBLEMS);
    }

    private static ProblemException refused(XlsxReader.Failure failure, XlsxReader.Limits limits) {
        return switch (failure) {
            case NOT_XLSX -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "excel-import.file.not-xlsx");
            case LEGACY_XLS -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "excel-import.file.legacy-xls");
            case ENCRYPTED -> new ProblemException(ProblemType.RULE_VIOLATION, "excel-import.file.encrypted");
            case CORRUPT -> unreadable();
            case TOO_LARGE -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "excel-import.file.too-large",
                    limits.maxBytes() / 1024 / 1024);
            case TOO_MANY_ROWS -> new ProblemException(ProblemType.RULE_VIOLATION, "excel-import.file.too-many-rows",
                    limits.maxDataRows());
        };
    }
}
