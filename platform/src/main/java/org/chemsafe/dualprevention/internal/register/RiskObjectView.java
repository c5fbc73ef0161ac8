package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

record RiskObjectView(UUID id, UUID enterpriseId, @Nullable String hazardCode, String name) implements RegisterRow {
}
