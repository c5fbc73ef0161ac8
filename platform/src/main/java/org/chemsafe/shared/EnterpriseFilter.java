package org.chemsafe.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The enterprises a data scope may see, resolved once per query: either every enterprise, or an explicit set of ids.
 * Repositories of enterprise-owned rows add {@link #sql(String)} to their WHERE clause and bind {@link #ids()} as
 * {@code :scopeEnterpriseIds}, so every enterprise-owned query goes through the caller's scope.
 */
public record EnterpriseFilter(boolean unrestricted, Set<UUID> enterpriseIds) {

    public static final String PARAMETER = "scopeEnterpriseIds";

    public EnterpriseFilter {
        enterpriseIds = Set.copyOf(enterpriseIds);
    }

    public static EnterpriseFilter all() {
        return new EnterpriseFilter(true, Set.of());
    }

    public static EnterpriseFilter only(Set<UUID> ids) {
        return new EnterpriseFilter(false, ids);
    }

    public boolean permits(UUID enterpriseId) {
        return unrestricted || enterpriseIds.contains(enterpriseId);
    }

    /** A predicate on the given enterprise id column; {@code true} when unrestricted. */
    public String sql(String column) {
        return unrestricted ? "true" : column + " = any(:" + PARAMETER + ")";
    }

    public UUID[] ids() {
        return enterpriseIds.toArray(UUID[]::new);
    }
}
