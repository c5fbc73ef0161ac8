package org.chemsafe.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cell values of an uploaded {@code .xlsx} workbook, the counterpart of {@link ExcelWorkbook}. An upload
 * is untrusted: it is copied to a temporary file within a size limit, recognised by its magic bytes (a zip; an OLE2
 * container is a legacy {@code .xls} or a password-protected workbook), its zip entries are unpacked once to check
 * their total size (zip bombs), and the chosen sheets are streamed with a SAX parser that stops after too many rows.
 * Values are raw, not formatted: numbers as stored, formulas as their cached results.
 */
public final class XlsxReader {

    /** Cells right of this column are ignored. */
    public static final int MAX_COLUMNS = 64;
    /** Excel's own limit of characters in a cell. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private XlsxReader() {
    }

    /** Why an upload cannot be read. */
    public enum Failure {
        /** Empty, or not a zip, or a zip that is not a workbook. */
        NOT_XLSX,
        /** A legacy binary workbook (.xls). */
        LEGACY_XLS,
        /** Encrypted with a password to open. */
        ENCRYPTED,
        /** A damaged zip or sheet. */
        CORRUPT,
        /** Larger than allowed, packed or unpacked. */
        TOO_LARGE,
        /** More data rows than allowed. */
        TOO_MANY_ROWS
    }

    /** The upload was refused for the given reason. */
    public static final class RejectedException extends Exception {

        private final Failure failure;

        RejectedException(Failure failure, @Nullable Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /**
     * Limits of an upload.
     *
     * @param maxBytes             size of the file itself
     * @param maxUnpackedBytes     total size of its zip entries unpacked
     * @param maxDataRows          non-blank rows below each read sheet's first non-blank row (its header), all
     *                             read sheets together
     */
    public record Limits(long maxBytes, long maxUnpackedBytes, int maxDataRows) {
    }

    /** What a cell holds. */
    public enum Type {
        TEXT,
        NUMBER,
        BOOLEAN,
        /** An error value such as {@code #DIV/0!}; the text is the error. */
        ERROR,
        /** A formula without a cached result (never calculated). */
        NO_RESULT
    }

    /**
     * A non-blank cell: its type and raw text (a number as stored, e.g. {@code 0.85}; TRUE/FALSE; the error code),
     * and whether a formula produced it.
     */
    public record Value(Type type, String text, boolean formula) {
    }

    /** A non-blank row: its number as Excel shows it (1-based) and its cells by column index (0-based). */
    public record Row(int number, SortedMap<Integer, Value> cells) {

        public @Nullable Value cell(int column) {
            return cells.get(column);
        }
    }

    /** A read sheet with its non-blank rows, in order. */
    public record Sheet(String name, List<Row> rows) {
    }

    /**
     * Reads an upload. {@code choose} gets the names of all sheets in workbook order and answers those to read; the
     * answer lists them in workbook order.
     */
    public static List<Sheet> read(InputStream upload, Limits limits, Function<List<String>, Set<String>> choose)
            throws RejectedException {
        Path file = null;
        try {
            file = Files.createTempFile("chemsafe-upload-", ".xlsx");
            long size = copy(upload, file, limits.maxBytes());
            if (size == 0) {
                throw new RejectedException(Failure.NOT_XLSX, null);
            }
            FileMagic magic = FileMagic.valueOf(file.toFile());
            if (magic == FileMagic.OLE2) {
                throw new RejectedException(encrypted(file) ? Failure.ENCRYPTED : Failure.LEGACY_XLS, null);
            }
            if (magic != FileMagic.OOXML) {
                throw new RejectedException(Failure.NOT_XLSX, null);
            }
            checkUnpackedSize(file, limits.maxUnpackedBytes());
            return sheets(file, limits, choose);
        } catch (IOException ex) {
            throw new RejectedException(Failure.CORRUPT, ex);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /** "A" for 0, "AB" for 27: the column's letters, to name a cell as Excel does (e.g. "D5"). */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static long copy(InputStream upload, Path file, long maxBytes) throws IOException, RejectedException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new RejectedException(Failure.TOO_LARGE, null);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /** Excel stores a workbook encrypted with a password to open as an OLE2 container with these entries. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    private static void checkUnpackedSize(Path file, long maxUnpackedBytes) throws RejectedException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new RejectedException(Failure.TOO_LARGE, null);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxUnpackedBytes) {
                            throw new RejectedException(Failure.TOO_LARGE, null);
                        }
                    }
                }
            }
        } catch (ZipException ex) {
            throw new RejectedException(Failure.CORRUPT, ex);
        } catch (IOException | RuntimeException ex) {
            throw new RejectedException(Failure.CORRUPT, ex);
        }
    }

    private static List<Sheet> sheets(Path file, Limits limits, Function<List<String>, Set<String>> choose)
            throws RejectedException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception ex) {
            throw new RejectedException(Failure.NOT_XLSX, ex);
        }
        try {
            XSSFReader reader;
            ReadOnlySharedStringsTable strings;
            List<String> names = new ArrayList<>();
            try {
                reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
                XSSFReader.SheetIterator iterator = reader.getSheetIterator();
                while (iterator.hasNext()) {
                    iterator.next().close();
                    names.add(iterator.getSheetName());
                }
            } catch (SAXException ex) {
                throw new RejectedException(Failure.CORRUPT, ex);
            } catch (Exception ex) {
                throw new RejectedException(Failure.NOT_XLSX, ex);
            }
            if (names.isEmpty()) {
                throw new RejectedException(Failure.NOT_XLSX, null);
            }
            Set<String> chosen = new LinkedHashSet<>(choose.apply(Collections.unmodifiableList(names)));
            List<Sheet> sheets = new ArrayList<>();
            int[] dataRows = {0};
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (chosen.contains(name)) {
                        sheets.add(new Sheet(name, rows(in, strings, limits.maxDataRows(), dataRows)));
                    }
                }
            }
            return sheets;
        } catch (RejectedException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new RejectedException(Failure.CORRUPT, ex);
        } finally {
            pkg.revert();
        }
    }

    private static List<Row> rows(InputStream sheet, ReadOnlySharedStringsTable strings, int maxDataRows,
            int[] dataRows) throws IOException, RejectedException {
        SheetHandler handler = new SheetHandler(strings, maxDataRows, dataRows);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (TooManyRows ex) {
            throw new RejectedException(Failure.TOO_MANY_ROWS, null);
        } catch (SAXException | ParserConfigurationException | RuntimeException ex) {
            throw new RejectedException(Failure.CORRUPT, ex);
        }
        return handler.rows;
    }

    /** Stops parsing once a sheet has more rows than allowed. */
    private static final class TooManyRows extends SAXException {
    }

    /** Collects the non-blank cells of one sheet's XML ({@code <row><c r t><f/><v/><is><t/></is></c></row>}). */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final int maxDataRows;
        private final int[] dataRows;
        private final List<Row> rows = new ArrayList<>();

        private int rowNumber;
        private SortedMap<Integer, Value> cells = new TreeMap<>();
        private int column = -1;
        private @Nullable String type;
        private boolean formula;
        private @Nullable String value;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(ReadOnlySharedStringsTable strings, int maxDataRows, int[] dataRows) {
            this.strings = strings;
            this.maxDataRows = maxDataRows;
            this.dataRows = dataRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnIndex(r);
                    type = attributes.getValue("t");
                    formula = false;
                    value = null;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInline && !inPhonetic;
                default -> {
                    // other elements (styles, merged cells, …) do not matter
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inInlineText) && text.length() < MAX_CELL_CHARS) {
                text.append(ch, start, Math.min(length, MAX_CELL_CHARS - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> {
                    inInline = false;
                    value = text.toString();
                }
                case "c" -> {
                    Value cell = value();
                    if (cell != null && column >= 0 && column < MAX_COLUMNS) {
                        cells.put(column, cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (!rows.isEmpty() && ++dataRows[0] > maxDataRows) {
                            throw new TooManyRows();
                        }
                        rows.add(new Row(rowNumber, cells));
                    }
                }
                default -> {
                    // nothing to collect
                }
            }
        }

        private @Nullable Value value() {
            String raw = value;
            if (raw == null) {
                return formula ? new Value(Type.NO_RESULT, "", true) : null;
            }
            String t = type == null ? "n" : type;
            Value cell = switch (t) {
                case "s" -> new Value(Type.TEXT, strings.getItemAt(Integer.parseInt(raw.strip())).getString(), formula);
                case "inlineStr", "str", "d" -> new Value(Type.TEXT, raw, formula);
                case "b" -> new Value(Type.BOOLEAN, "1".equals(raw.strip()) ? "TRUE" : "FALSE", formula);
                case "e" -> new Value(Type.ERROR, raw.strip(), formula);
                default -> raw.isBlank() ? null : new Value(Type.NUMBER, raw.strip(), formula);
            };
            if (cell != null && cell.type() == Type.TEXT && cell.text().isBlank()) {
                return null;
            }
            return cell;
        }

        private static String name(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            return qName.substring(qName.indexOf(':') + 1);
        }

        /** "AB12" → 27. */
        private static int columnIndex(String reference) {
            int column = 0;
            for (char c : reference.strip().toUpperCase(Locale.ROOT).toCharArray()) {
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > 16_384) {
                    break;
                }
            }
            return column - 1;
        }
    }
}
