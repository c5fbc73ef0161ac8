package org.chemsafe.shared;

import org.jspecify.annotations.Nullable;

/** Helpers for user-typed search text in SQL. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * A LIKE pattern matching values that contain the text, with LIKE's wildcards escaped ({@code \} is
     * PostgreSQL's default escape character); {@code null} for blank text, meaning no filter.
     */
    public static @Nullable String containsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
