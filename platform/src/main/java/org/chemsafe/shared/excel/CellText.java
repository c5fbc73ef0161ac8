package org.chemsafe.shared.excel;

import java.text.Normalizer;
import java.util.Locale;

/** How cell text is compared: full-width forms folded (NFKC), blanks removed, letters in lower case. */
public final class CellText {

    private CellText() {
    }

    public static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The text shortened for a message, so that a huge cell does not make a huge answer. */
    public static String quote(String text) {
        String stripped = text.strip();
        return stripped.length() <= 64 ? stripped : stripped.substring(0, 61) + "...";
    }
}
