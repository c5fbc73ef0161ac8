package org.chemsafe.majorhazard;

import org.jspecify.annotations.Nullable;

/**
 * A Table 1 substance whose β GB 18218-2018 4.3.2 cannot give: Table 3 does not name it, and without a hazard
 * category Table 4 cannot be used. Giving its category (e.g. W4 for oxygen) in {@code hazardCategories} fixes it.
 *
 * @param field     the request path of the substance, e.g. {@code substances[2]}
 * @param table1Row the Table 1 row (序号)
 * @param name      the Table 1 name
 * @param cas       the CAS number given, else the row's when it has exactly one
 */
public record MissingBeta(String field, int table1Row, String name, @Nullable String cas) {
}
