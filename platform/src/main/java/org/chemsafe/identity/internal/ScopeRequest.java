package org.chemsafe.identity.internal;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;

/** The data scope of a user to create: a region code for REGION, an enterprise id for ENTERPRISE, nothing else. */
record ScopeRequest(@NotNull ScopeKind kind, @Nullable @Size(max = 12) String regionCode,
        @Nullable UUID enterpriseId) {

    @AssertTrue(message = "{identity.scope.shape}")
    boolean isConsistent() {
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case PLATFORM -> regionCode == null && enterpriseId == null;
            case REGION -> regionCode != null && !regionCode.isBlank() && enterpriseId == null;
            case ENTERPRISE -> enterpriseId != null && regionCode == null;
        };
    }

    DataScope toDataScope() {
        return new DataScope(kind, regionCode, enterpriseId);
    }
}
