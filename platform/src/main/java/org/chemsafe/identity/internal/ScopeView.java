package org.chemsafe.identity.internal;

import java.util.UUID;

import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;

/** A data scope with the names people read. */
record ScopeView(ScopeKind kind, @Nullable String regionCode, @Nullable String regionName,
        @Nullable UUID enterpriseId, @Nullable String enterpriseName) {
}
