package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;
import java.util.Map;
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

    /** Per list, each code's name. */
    private final Map<String, Map<Integer, String>> codes;

    public HiddenDangerCodes() {
        this.codes = ReferenceCsv.fromClasspath(FILE, List.of("list", "code", "name")).expectRows(18).rows().stream()
                .collect(Collectors.groupingBy(row -> row.text("list"),
                        Collectors.toUnmodifiableMap(row -> row.integer("code"), row -> row.text("name"))));
    }

    public boolean isSource(int dangerSrc) {
        return codes.getOrDefault(SOURCES, Map.of()).containsKey(dangerSrc);
    }

    public boolean isType(int hazardDangerType) {
        return codes.getOrDefault(TYPES, Map.of()).containsKey(hazardDangerType);
    }

    /** The national name of a 隐患来源 code, e.g. 1 日常排查. */
    String sourceName(int dangerSrc) {
        return codes.getOrDefault(SOURCES, Map.of()).getOrDefault(dangerSrc, String.valueOf(dangerSrc));
    }

    /** The national name of a 隐患类型 code, e.g. 7 设备. */
    String typeName(int hazardDangerType) {
        return codes.getOrDefault(TYPES, Map.of()).getOrDefault(hazardDangerType, String.valueOf(hazardDangerType));
    }
}
