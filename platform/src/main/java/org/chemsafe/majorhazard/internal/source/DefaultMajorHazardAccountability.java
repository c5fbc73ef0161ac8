package org.chemsafe.majorhazard.internal.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.majorhazard.MajorHazardAccountability;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.stereotype.Service;

@Service
class DefaultMajorHazardAccountability implements MajorHazardAccountability {

    private final ScopedJdbc scoped;

    DefaultMajorHazardAccountability(ScopedJdbc scoped) {
        this.scoped = scoped;
    }

    @Override
    public Set<UUID> accountableUsers(Collection<UUID> sourceOrUnitIds) {
        if (sourceOrUnitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(scoped.sql(DataScope.platform(), """
                select distinct p.user_id from accountable_person p
                join major_hazard_source s on s.id = p.source_id
                where @scope(s.enterprise_id) and s.status = 'ACTIVE'
                  and (s.id = any(:ids) or s.unit_id = any(:ids))""")
                .param("ids", sourceOrUnitIds.toArray(UUID[]::new)).query(UUID.class).list());
    }
}
