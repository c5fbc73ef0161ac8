package org.chemsafe.majorhazard.internal.source;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Enterprise names for the sources' lists, asked of the enterprise module (its table is not joined): one look-up
 * per page, and for a text search the enterprises of the scope whose name contains the text.
 */
@Component
class EnterpriseNames {

    private final EnterpriseDirectory directory;

    EnterpriseNames(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    PageResult<SourceSummary> named(PageResult<SourceSummary> page) {
        Map<UUID, String> names = namesOf(page.content());
        return page.map(source -> source.withEnterpriseName(names.getOrDefault(source.enterpriseId(), "")));
    }

    List<SourceSummary> named(List<SourceSummary> sources) {
        Map<UUID, String> names = namesOf(sources);
        return sources.stream().map(source -> source.withEnterpriseName(names.getOrDefault(source.enterpriseId(), "")))
                .toList();
    }

    /** The enterprises of the scope whose name contains the text (as SQL {@code like '%text%'} would). */
    Set<UUID> containing(DataScope scope, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String part = text.strip();
        return directory.enterprisesWithin(scope).stream().filter(enterprise -> enterprise.name().contains(part))
                .map(EnterpriseSummary::id).collect(Collectors.toUnmodifiableSet());
    }

    private Map<UUID, String> namesOf(List<SourceSummary> sources) {
        Set<UUID> ids = new HashSet<>();
        sources.forEach(source -> ids.add(source.enterpriseId()));
        return directory.namesOf(ids);
    }
}
