package org.chemsafe.dualprevention.internal.register;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The national classes of control measures (domain file §3, the Yantai list with 2-3 and 3-4): {@code classify1}
 * 1–4 and {@code classify2} codes under each, as data ({@value #FILE}).
 */
@Component
class MeasureClasses {

    static final String FILE = "dualprevention/measure-classes.csv";

    private final Map<String, Set<String>> subclasses;

    MeasureClasses() {
        List<ReferenceCsv.Row> rows = ReferenceCsv.fromClasspath(FILE, List.of("code", "parent", "name")).rows();
        Set<String> classes = rows.stream().filter(row -> row.isEmpty("parent")).map(row -> row.text("code"))
                .collect(Collectors.toSet());
        for (ReferenceCsv.Row row : rows) {
            String parent = row.optional("parent");
            if (parent != null && (!classes.contains(parent) || !row.text("code").startsWith(parent + "-"))) {
                throw row.invalid("a classify2 code is its classify1 code, a dash and a number");
            }
        }
        this.subclasses = classes.stream().collect(Collectors.toUnmodifiableMap(code -> code,
                code -> rows.stream().filter(row -> code.equals(row.optional("parent"))).map(row -> row.text("code"))
                        .collect(Collectors.toUnmodifiableSet())));
    }

    boolean isClass(String classify1) {
        return subclasses.containsKey(classify1);
    }

    boolean isSubclass(String classify1, String classify2) {
        return subclasses.getOrDefault(classify1, Set.of()).contains(classify2);
    }
}
