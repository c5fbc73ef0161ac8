package org.chemsafe.majorhazard.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GB 18218-2018 Table 1 with its lookups by CAS number and by name. A CAS number or an alias may belong to several
 * rows (硝化纤维素 rows 37–42 share 9004-70-0 and 硝化棉); every printed name belongs to its row alone.
 */
final class Table1 {

    private final List<Table1Substance> rows;
    private final Map<String, List<Table1Substance>> byCas = new LinkedHashMap<>();
    private final Map<String, List<Table1Substance>> byName = new LinkedHashMap<>();

    Table1(List<Table1Substance> rows) {
        this.rows = List.copyOf(rows);
        for (Table1Substance row : rows) {
            row.casNumbers().forEach(cas -> byCas.computeIfAbsent(cas, key -> new ArrayList<>()).add(row));
            byName.computeIfAbsent(normalize(row.name()), key -> new ArrayList<>()).add(row);
            row.otherNames().stream().map(Table1::normalize).distinct()
                    .forEach(name -> byName.computeIfAbsent(name, key -> new ArrayList<>()).add(row));
        }
        for (Table1Substance row : rows) {
            if (!named(row.name()).equals(List.of(row))) {
                throw new IllegalStateException("Table 1 row " + row.seq() + ": its name " + row.name()
                        + " also names another row");
            }
        }
    }

    List<Table1Substance> rows() {
        return rows;
    }

    Optional<Table1Substance> row(int seq) {
        return rows.stream().filter(row -> row.seq() == seq).findFirst();
    }

    /** The rows listing this CAS number. */
    List<Table1Substance> withCas(String cas) {
        return byCas.getOrDefault(cas, List.of());
    }

    /** The rows with this printed name or alias, compared after {@link #normalize}. */
    List<Table1Substance> named(String name) {
        return byName.getOrDefault(normalize(name), List.of());
    }

    /**
     * The form names are compared in: Unicode NFKC (full-width brackets, commas and signs become their ASCII forms),
     * without white space, Latin letters in lower case. "甲醛(含量>90%)" thus matches "甲醛（含量＞90%）".
     */
    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
