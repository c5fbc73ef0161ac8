/**
 * The chemicals catalogue: GB 18218-2018 Table 1 as read-only reference rows, refreshed from the classpath on every
 * start, and the chemicals each enterprise defines (with GB 18218 Table 2 hazard categories and physical data).
 */
@NullMarked
package org.chemsafe.enterprise.internal.chemical;

import org.jspecify.annotations.NullMarked;
