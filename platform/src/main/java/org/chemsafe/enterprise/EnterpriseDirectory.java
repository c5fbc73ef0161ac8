package org.chemsafe.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopeResolver;

/**
 * The enterprise module's API to the others: which enterprises and regions a data scope covers, and their names.
 * Lookups by id here ignore scopes (they answer the platform's own questions, such as a name to show); a caller's
 * reads of enterprise-owned rows go through {@link org.chemsafe.shared.ScopedJdbc}, and writes name their enterprise
 * through {@link EnterpriseAccess#ownerFor}.
 */
public interface EnterpriseDirectory extends ScopeResolver {

    /** The codes of the scope's region and every region below it; empty for an enterprise scope. */
    Set<String> regionCodesWithin(DataScope scope);

    /** Whether everything the target scope covers also lies inside the given scope. */
    boolean covers(DataScope scope, DataScope target);

    Optional<EnterpriseSummary> findEnterprise(UUID id);

    Optional<Region> findRegion(String code);

    /** The names of the given enterprises (those that exist), e.g. for one page of another module's list. */
    Map<UUID, String> namesOf(Set<UUID> ids);

    /** The enterprises of the scope (to show in supervisor pages), by name. */
    List<EnterpriseSummary> enterprisesWithin(DataScope scope);
}
