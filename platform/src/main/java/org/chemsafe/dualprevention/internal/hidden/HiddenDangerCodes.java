package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The national code lists of a hidden danger as data ({@value #FILE}, domain file §3): {@code dangerSrc} 隐患来源
 * 1–10 (the Jiangsu {@code DangerSrcEnum}) and {@code hazardDangerType} 隐患类型(专业) 1–8.
 */
@Component
public class HiddenDangerCodes {

    static final String FILE = "dualprevention/hidden-danger-codes.csv";
    static final String SOURCES = "dangerSrc";
    static final String TYPES = "hazardDangerType";

    private final Map<String, Set<Integer>> codes;

    public HiddenDangerCodes() {
        this.codes = ReferenceCsv.fromClasspath(FILE, List.of("list", "code", "name")).expectRows(18).rows().stream()
                .collect(Collectors.groupingBy(row -> row.text("list"),
                        Collectors.mapping(row -> row.integer("code"), Collectors.toUnmodifiableSet())));
    }

    public boolean isSource(int dangerSrc) {
        return codes.getOrDefault(SOURCES, Set.of()).contains(dangerSrc);
    }

    public boolean isType(int hazardDangerType) {
        return codes.getOrDefault(TYPES, Set.of()).contains(hazardDangerType);
    }
}
