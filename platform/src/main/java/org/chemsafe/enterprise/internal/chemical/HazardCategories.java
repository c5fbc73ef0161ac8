package org.chemsafe.enterprise.internal.chemical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The 24 hazard categories of GB 18218-2018 Table 2, read from {@value #RESOURCE} (columns
 * {@code category_code,category_cn,critical_tonnes}) at start; a malformed file stops the start.
 */
@Component
class HazardCategories {

    static final String RESOURCE = "gb18218/gb18218_table2.csv";
    static final List<String> HEADER = List.of("category_code", "category_cn", "critical_tonnes");
    static final int ROWS = 24;
    private static final Pattern CODE = Pattern.compile("J\\d|W\\d{1,2}(\\.\\d)?");

    private final List<HazardCategory> all;
    private final Set<String> codes;

    HazardCategories() {
        this.all = parse(ReferenceCsv.fromClasspath(RESOURCE, HEADER));
        this.codes = Set.copyOf(all.stream().map(HazardCategory::code).toList());
    }

    static List<HazardCategory> parse(ReferenceCsv csv) {
        List<HazardCategory> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceCsv.Row row : csv.expectRows(ROWS).rows()) {
            String code = row.text("category_code");
            if (!CODE.matcher(code).matches()) {
                throw row.invalid("not a hazard category code: " + code);
            }
            if (!seen.add(code)) {
                throw row.invalid("hazard category " + code + " appears twice");
            }
            categories.add(new HazardCategory(code, row.text("category_cn"), row.positive("critical_tonnes")));
        }
        return List.copyOf(categories);
    }

    /** In the standard's order. */
    List<HazardCategory> all() {
        return all;
    }

    boolean isKnown(String code) {
        return codes.contains(code);
    }
}
