package org.chemsafe.enterprise.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.NewEnterprise;
import org.chemsafe.enterprise.Region;
import org.chemsafe.enterprise.RegionLevel;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.RequestScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultEnterpriseDirectory implements EnterpriseDirectory, EnterpriseRegistry {

    private final RegionRepository regions;
    private final EnterpriseRepository enterprises;
    private final EnterpriseScopeResolver resolver;

    DefaultEnterpriseDirectory(RegionRepository regions, EnterpriseRepository enterprises,
            EnterpriseScopeResolver resolver) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.resolver = resolver;
    }

    @Override
    public EnterpriseFilter filterFor(DataScope scope) {
        return RequestScope.filterFor(scope).orElseGet(() -> resolver.filterFor(scope));
    }

    @Override
    public Set<String> regionCodesWithin(DataScope scope) {
        if (scope.isPlatform()) {
            return regions.all().stream().map(Region::code).collect(Collectors.toUnmodifiableSet());
        }
        if (scope.regionCode() == null) {
            return Set.of();
        }
        return regions.find(scope.regionCode()).map(regions::subtree).orElse(List.of()).stream().map(Region::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean covers(DataScope scope, DataScope target) {
        return switch (scope.kind()) {
            case PLATFORM -> true;
            case ENTERPRISE -> target.kind() == scope.kind() && scope.enterpriseId().equals(target.enterpriseId());
            case REGION -> {
                Optional<Region> region = regions.find(scope.regionCode());
                yield region.isPresent() && switch (target.kind()) {
                    case PLATFORM -> false;
                    case REGION -> regions.find(target.regionCode()).map(region.get()::contains).orElse(false);
                    case ENTERPRISE -> enterprises.find(target.enterpriseId())
                            .flatMap(enterprise -> regions.find(enterprise.regionCode()))
                            .map(region.get()::contains).orElse(false);
                };
            }
        };
    }

    @Override
    public Optional<EnterpriseSummary> findEnterprise(UUID id) {
        return enterprises.find(id);
    }

    @Override
    public Optional<Region> findRegion(String code) {
        return regions.find(code);
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        return ids.isEmpty() ? Map.of() : Map.copyOf(enterprises.names(ids));
    }

    @Override
    public List<EnterpriseSummary> enterprisesWithin(DataScope scope) {
        return enterprises.listVisible(scope);
    }

    @Override
    @Transactional
    public Region registerRegion(String code, String name, RegionLevel level, @Nullable String parentCode) {
        String path = code;
        if (parentCode != null) {
            Region parent = regions.find(parentCode)
                    .orElseThrow(() -> new IllegalArgumentException("unknown parent region " + parentCode));
            path = parent.path() + "." + code;
        }
        Region region = new Region(code, name, level, parentCode, path);
        regions.insert(region, parentCode == null ? 0 : regions.countChildren(parentCode));
        return region;
    }

    @Override
    @Transactional
    public UUID registerEnterprise(NewEnterprise enterprise) {
        return enterprises.insert(enterprise);
    }
}
