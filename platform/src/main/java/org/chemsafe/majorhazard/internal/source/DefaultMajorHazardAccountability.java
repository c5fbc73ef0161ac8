package org.chemsafe.majorhazard.internal.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.majorhazard.AccountableSource;
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

    @Override
    public Optional<AccountableSource> accountableSource(UUID enterpriseId, UUID sourceOrUnitId) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select s.id, s.enterprise_id, s.unit_id, u.name as unit_name,
                    (select p.user_id from accountable_person p where p.source_id = s.id and p.role = 'CHIEF') as chief,
                    (select p.user_id from accountable_person p where p.source_id = s.id and p.role = 'TECHNICAL')
                        as technical,
                    (select p.user_id from accountable_person p where p.source_id = s.id and p.role = 'OPERATIONS')
                        as operations
                from major_hazard_source s join major_hazard_unit u on u.unit_id = s.unit_id
                where @scope(s.enterprise_id) and s.status = 'ACTIVE' and (s.id = :id or s.unit_id = :id)""")
                .param("id", sourceOrUnitId)
                .query((rs, row) -> new AccountableSource(rs.getObject("id", UUID.class),
                        rs.getObject("enterprise_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"), rs.getObject("chief", UUID.class),
                        rs.getObject("technical", UUID.class), rs.getObject("operations", UUID.class)))
                .optional();
    }
}
