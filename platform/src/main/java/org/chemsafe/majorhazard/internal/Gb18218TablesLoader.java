package org.chemsafe.majorhazard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.majorhazard.HazardCategory;

/**
 * Reads the GB 18218-2018 tables from the classpath ({@code gb18218/*.csv}) and checks them against the standard's
 * shape: 85 Table 1 rows numbered 1–85 with valid CAS numbers, every Table 2 category exactly once with Q and β,
 * the 14 Table 3 gases linked to their Table 1 rows, and α bands covering 0 people upwards without gaps. Anything
 * else is an {@link IllegalStateException}, so the platform does not start on broken reference data.
 */
final class Gb18218TablesLoader {

    static final String DIRECTORY = "gb18218/";
    static final String TABLE_1 = "gb18218_table1.csv";
    static final String TABLE_2 = "gb18218_table2.csv";
    static final String BETA = "gb18218_beta.csv";
    static final String TABLE_3_ROWS = "gb18218_table3_rows.csv";
    static final String ALPHA = "gb18218_alpha.csv";

    private static final int TABLE_1_ROWS = 85;
    private static final int TABLE_3_GASES = 14;
    private static final int ALPHA_BANDS = 5;
    /** One CAS number of a Table 1 cell, optionally followed by a bracketed note: {@code 74-98-6（丙烷）}. */
    private static final Pattern CAS_CELL = Pattern.compile("([0-9-]+)(?:（[^）]*）)?");

    private Gb18218TablesLoader() {
    }

    static Gb18218Tables load() {
        return parse(Gb18218TablesLoader::readClasspath);
    }

    /** Builds the tables from the text of each file, given by file name. */
    static Gb18218Tables parse(UnaryOperator<String> files) {
        Table1 table1 = table1(csv(files, TABLE_1, "seq", "name_cn", "alias_cn", "cas", "critical_tonnes")
                .expectRows(TABLE_1_ROWS));
        Map<HazardCategory, BigDecimal> table2 = byCategory(TABLE_2,
                csv(files, TABLE_2, "category_code", "category_cn", "critical_tonnes").rows(), "category_code",
                "critical_tonnes");
        ReferenceCsv beta = csv(files, BETA, "substance_or_category", "beta")
                .expectRows(TABLE_3_GASES + HazardCategory.values().length);
        List<ReferenceCsv.Row> table3Rows = beta.rows().subList(0, TABLE_3_GASES);
        Map<HazardCategory, BigDecimal> table4 = byCategory(BETA,
                beta.rows().subList(TABLE_3_GASES, beta.rows().size()), "substance_or_category", "beta");
        List<ToxicGasBeta> table3 = table3(table3Rows,
                csv(files, TABLE_3_ROWS, "table3_substance", "table1_seq").expectRows(TABLE_3_GASES), table1);
        List<AlphaBand> table5 = table5(csv(files, ALPHA, "min_people", "max_people", "alpha").expectRows(ALPHA_BANDS));
        return new Gb18218Tables(table1, table2, table3, table4, table5);
    }

    private static Table1 table1(ReferenceCsv csv) {
        List<Table1Substance> rows = new ArrayList<>();
        for (ReferenceCsv.Row row : csv.rows()) {
            int seq = row.integer("seq");
            if (seq != rows.size() + 1) {
                throw row.invalid("expected row " + (rows.size() + 1) + ", found " + seq);
            }
            String name = row.text("name_cn");
            List<String> otherNames = new ArrayList<>(nameParts(name));
            if (!row.isEmpty("alias_cn")) {
                otherNames.addAll(List.of(row.text("alias_cn").split(";")));
            }
            rows.add(new Table1Substance(seq, name, List.copyOf(otherNames), casNumbers(row),
                    row.positive("critical_tonnes")));
        }
        return new Table1(rows);
    }

    /** The substances of a printed name listing several, split at full-width commas outside brackets. */
    private static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("（([［".indexOf(c) >= 0) {
                depth++;
            } else if ("）)]］".indexOf(c) >= 0) {
                depth--;
            } else if (c == '，' && depth == 0) {
                parts.add(name.substring(start, i));
                start = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        parts.add(name.substring(start));
        return parts;
    }

    private static List<String> casNumbers(ReferenceCsv.Row row) {
        if (row.isEmpty("cas")) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (String part : row.text("cas").split(";")) {
            Matcher matcher = CAS_CELL.matcher(part.trim());
            if (!matcher.matches() || !CasNumber.isValid(matcher.group(1))) {
                throw row.invalid("not a valid CAS number: " + part);
            }
            numbers.add(matcher.group(1));
        }
        return List.copyOf(numbers);
    }

    /** Table 2 or Table 4: every category exactly once, in any order. */
    private static Map<HazardCategory, BigDecimal> byCategory(String file, List<ReferenceCsv.Row> rows,
            String codeColumn, String valueColumn) {
        Map<HazardCategory, BigDecimal> values = new EnumMap<>(HazardCategory.class);
        for (ReferenceCsv.Row row : rows) {
            String code = row.text(codeColumn);
            HazardCategory category = HazardCategory.ofCode(code)
                    .orElseThrow(() -> row.invalid("unknown hazard category " + code));
            if (values.put(category, row.positive(valueColumn)) != null) {
                throw row.invalid("hazard category " + code + " appears twice");
            }
        }
        if (values.size() != HazardCategory.values().length) {
            throw new IllegalStateException(file + ": expected every hazard category once, missing "
                    + Arrays.stream(HazardCategory.values()).filter(category -> !values.containsKey(category))
                            .map(HazardCategory::code).collect(Collectors.joining(", ")));
        }
        return values;
    }

    /** Table 3 from the β file, each gas linked to its Table 1 row by the row file (never by comparing names). */
    private static List<ToxicGasBeta> table3(List<ReferenceCsv.Row> betaRows, ReferenceCsv rowFile, Table1 table1) {
        List<ToxicGasBeta> gases = new ArrayList<>();
        for (int i = 0; i < TABLE_3_GASES; i++) {
            ReferenceCsv.Row beta = betaRows.get(i);
            ReferenceCsv.Row link = rowFile.rows().get(i);
            String name = beta.text("substance_or_category");
            if (HazardCategory.ofCode(name).isPresent() || !name.equals(link.text("table3_substance"))) {
                throw link.invalid("expected the Table 3 gas " + name + " in the same position as in " + BETA);
            }
            Integer table1Row = link.isEmpty("table1_seq") ? null : link.integer("table1_seq");
            if (table1Row != null && table1.row(table1Row).isEmpty()) {
                throw link.invalid("Table 1 has no row " + table1Row);
            }
            gases.add(new ToxicGasBeta(name, table1Row, beta.positive("beta")));
        }
        return gases;
    }

    /** Table 5: bands from 0 people upwards without gaps, the last one open, α never falling as people rise. */
    private static List<AlphaBand> table5(ReferenceCsv csv) {
        List<AlphaBand> bands = new ArrayList<>();
        for (ReferenceCsv.Row row : csv.rows()) {
            AlphaBand previous = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            int expectedMin = previous == null ? 0 : previous.maxPeople() == null ? -1 : previous.maxPeople() + 1;
            AlphaBand band = new AlphaBand(row.integer("min_people"),
                    row.isEmpty("max_people") ? null : row.integer("max_people"), row.positive("alpha"));
            if (band.minPeople() != expectedMin || (band.maxPeople() != null && band.maxPeople() < band.minPeople())
                    || (previous != null && band.alpha().compareTo(previous.alpha()) < 0)) {
                throw row.invalid("the α bands must run from 0 people upwards without gaps, α never falling");
            }
            bands.add(band);
        }
        if (bands.get(bands.size() - 1).maxPeople() != null) {
            throw new IllegalStateException(ALPHA + ": the last α band must have no upper bound");
        }
        return bands;
    }

    private static ReferenceCsv csv(UnaryOperator<String> files, String file, String... header) {
        return ReferenceCsv.parse(file, files.apply(file), List.of(header));
    }

    private static String readClasspath(String file) {
        try (InputStream in = Gb18218TablesLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + DIRECTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
