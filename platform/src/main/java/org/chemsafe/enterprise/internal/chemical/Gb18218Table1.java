package org.chemsafe.enterprise.internal.chemical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.enterprise.CasNumber;

/**
 * Reads GB 18218-2018 Table 1 ({@value #RESOURCE}, columns {@code seq,name_cn,alias_cn,cas,critical_tonnes}) and
 * checks it against the standard's shape: 85 rows numbered 1–85, names that fit the catalogue, CAS numbers with
 * right check digits and positive critical quantities.
 */
final class Gb18218Table1 {

    static final String RESOURCE = "gb18218/gb18218_table1.csv";
    static final List<String> HEADER = List.of("seq", "name_cn", "alias_cn", "cas", "critical_tonnes");
    static final int ROWS = 85;

    /** One CAS number of a cell, optionally followed by a bracketed note: {@code 74-98-6（丙烷）}. */
    private static final Pattern CAS_WITH_NOTE = Pattern.compile("([0-9-]+)(?:（[^）]*）)?");

    private Gb18218Table1() {
    }

    static List<Table1Row> load() {
        return parse(ReferenceCsv.fromClasspath(RESOURCE, HEADER));
    }

    static List<Table1Row> parse(ReferenceCsv csv) {
        List<Table1Row> rows = new ArrayList<>();
        for (ReferenceCsv.Row row : csv.expectRows(ROWS).rows()) {
            int seq = row.integer("seq");
            if (seq != rows.size() + 1) {
                throw row.invalid("expected row " + (rows.size() + 1) + ", found " + seq);
            }
            String name = fitting(row, row.text("name_cn"));
            Set<String> aliases = new LinkedHashSet<>(row.list("alias_cn"));
            aliases.addAll(nameParts(name));
            aliases.forEach(alias -> fitting(row, alias));
            rows.add(new Table1Row(seq, name, List.copyOf(aliases), casNumbers(row), row.positive("critical_tonnes")));
        }
        return List.copyOf(rows);
    }

    private static String fitting(ReferenceCsv.Row row, String name) {
        if (name.length() > ChemicalRequest.NAME_MAX) {
            throw row.invalid("longer than " + ChemicalRequest.NAME_MAX + " characters: " + name);
        }
        return name;
    }

    /** The substances of a name listing several, split at full-width commas outside brackets; none otherwise. */
    private static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            } else if (c == '，' && depth == 0) {
                parts.add(name.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        parts.add(name.substring(start).strip());
        return parts;
    }

    private static List<CasNumber> casNumbers(ReferenceCsv.Row row) {
        List<CasNumber> numbers = new ArrayList<>();
        for (String part : row.list("cas")) {
            Matcher matcher = CAS_WITH_NOTE.matcher(part);
            if (!matcher.matches() || !CasNumber.isValid(matcher.group(1))) {
                throw row.invalid("not a valid CAS number: " + part);
            }
            numbers.add(new CasNumber(matcher.group(1)));
        }
        return numbers;
    }
}
