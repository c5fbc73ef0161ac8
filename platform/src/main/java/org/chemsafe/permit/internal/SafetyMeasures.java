package org.chemsafe.permit.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The safety-measure checklists of the Appendix A forms of GB 30871-2022, 106 items in the forms' order with their
 * wording condensed (domain notes 12.4), from {@code permit/safety-measures.csv}. Each item of a permit is answered
 * 是否涉及 (whether it applies) and, where it does, by the person who confirmed the measure is in place.
 */
@Component
class SafetyMeasures {

    static final String RESOURCE = "permit/safety-measures.csv";

    private final Map<WorkType, List<SafetyMeasure>> byType;

    SafetyMeasures() {
        Map<WorkType, List<SafetyMeasure>> loaded = ReferenceCsv.fromClasspath(RESOURCE, List.of("type", "number", "text"))
                .rows().stream().collect(Collectors.groupingBy(row -> WorkType.valueOf(row.text("type")),
                        () -> new EnumMap<>(WorkType.class),
                        Collectors.mapping(row -> new SafetyMeasure(row.integer("number"), row.text("text")),
                                Collectors.toList())));
        for (WorkType type : WorkType.values()) {
            List<SafetyMeasure> items = loaded.getOrDefault(type, List.of());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).number() != i + 1) {
                    throw new IllegalStateException(RESOURCE + ": " + type + " item " + (i + 1) + " is out of order");
                }
            }
            if (items.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no checklist for " + type);
            }
        }
        this.byType = Map.copyOf(loaded);
    }

    List<SafetyMeasure> of(WorkType type) {
        return byType.get(type);
    }
}
