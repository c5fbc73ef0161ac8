/**
 * Excel templates, all-or-nothing imports and exports of an enterprise's registry: hazard units, tanks and
 * inventories (one sheet each), and the enterprise registry within a scope. Rows are checked with the same request
 * constraints and rules as the unit endpoints ({@code internal.unit}); nothing is written unless every row is good.
 */
@NullMarked
package org.chemsafe.enterprise.internal.excel;

import org.jspecify.annotations.NullMarked;
