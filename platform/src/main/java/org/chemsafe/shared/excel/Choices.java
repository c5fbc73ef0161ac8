package org.chemsafe.shared.excel;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The values of a list column: labels as written (in order) and every accepted spelling (labels in each language
 * and the codes, compared by {@link CellText#key}) to its code.
 */
public record Choices(List<String> labels, Map<String, String> codes, Map<String, String> labelOf) {

    public @Nullable String code(String text) {
        return codes.get(CellText.key(text));
    }

    public String label(String code) {
        return labelOf.getOrDefault(code, code);
    }
}
