package org.chemsafe.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The one data scope every user (and API token) has: the whole platform (platform administrator), a region subtree
 * (government users, by region code) or a single enterprise (enterprise users; enterprises are the tenants).
 */
public record DataScope(ScopeKind kind, @Nullable String regionCode, @Nullable UUID enterpriseId) implements Serializable {

    public DataScope {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case PLATFORM -> {
                if (regionCode != null || enterpriseId != null) {
                    throw new IllegalArgumentException("a platform scope names no region or enterprise");
                }
            }
            case REGION -> {
                if (regionCode == null || enterpriseId != null) {
                    throw new IllegalArgumentException("a region scope names exactly one region");
                }
            }
            case ENTERPRISE -> {
                if (enterpriseId == null || regionCode != null) {
                    throw new IllegalArgumentException("an enterprise scope names exactly one enterprise");
                }
            }
        }
    }

    public static DataScope platform() {
        return new DataScope(ScopeKind.PLATFORM, null, null);
    }

    public static DataScope region(String regionCode) {
        return new DataScope(ScopeKind.REGION, regionCode, null);
    }

    public static DataScope enterprise(UUID enterpriseId) {
        return new DataScope(ScopeKind.ENTERPRISE, null, enterpriseId);
    }

    public boolean isPlatform() {
        return kind == ScopeKind.PLATFORM;
    }
}
