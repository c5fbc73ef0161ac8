package org.chemsafe.enterprise.internal;

import java.util.Set;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.ScopeResolver;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a data scope to its enterprises. It reads the region and enterprise tables directly (this is the scope's
 * definition, not a read for a caller), so that {@link org.chemsafe.shared.ScopedJdbc}, which needs a resolver, does
 * not depend on the directory whose own lists read through it. Primary: the directory delegates here.
 */
@Component
@Primary
class EnterpriseScopeResolver implements ScopeResolver {

    private final JdbcClient jdbc;

    EnterpriseScopeResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EnterpriseFilter filterFor(DataScope scope) {
        return switch (scope.kind()) {
            case PLATFORM -> EnterpriseFilter.all();
            case ENTERPRISE -> EnterpriseFilter.only(Set.of(scope.enterpriseId()));
            case REGION -> EnterpriseFilter.only(Set.copyOf(jdbc.sql("""
                    select e.id from enterprise e join region r on r.code = e.region_code
                    join region s on s.code = :code
                    where r.path = s.path or r.path like s.path || '.%'""")
                    .param("code", scope.regionCode()).query(UUID.class).list()));
        };
    }
}
