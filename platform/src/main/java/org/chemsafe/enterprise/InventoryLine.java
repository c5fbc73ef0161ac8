package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One chemical a unit holds: its design maximum quantity in tonnes, as entered or derived from the tanks holding it
 * (volume × density × maximum fill ratio). {@code tonnes} is null when it cannot be derived (a tank's chemical has
 * no density), and {@code problem} says why.
 */
public record InventoryLine(UUID chemicalId, String chemicalName, @Nullable BigDecimal tonnes, Source source,
        @Nullable String problem) {

    public enum Source {
        ENTERED,
        DERIVED_FROM_TANKS
    }
}
