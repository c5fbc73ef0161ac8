package org.chemsafe.identity.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns data scopes into what people read: the enterprise's or the region's name, or "whole platform". */
@Component
class ScopeNames {

    private final EnterpriseDirectory directory;
    private final MessageSource messages;
    // Names of regions and enterprises change rarely; a small cache keeps list pages from one lookup per row.
    private final Map<Object, String> names = new ConcurrentHashMap<>();

    ScopeNames(EnterpriseDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    ScopeView view(DataScope scope) {
        return new ScopeView(scope.kind(), scope.regionCode(),
                scope.regionCode() == null ? null : regionName(scope.regionCode()), scope.enterpriseId(),
                scope.enterpriseId() == null ? null : enterpriseName(scope.enterpriseId()));
    }

    @Nullable
    String describe(@Nullable String kind, @Nullable String regionCode, @Nullable UUID enterpriseId) {
        if (kind == null) {
            return null;
        }
        return switch (ScopeKind.valueOf(kind)) {
            case PLATFORM -> messages.getMessage("identity.scope.platform", null, LocaleContextHolder.getLocale());
            case REGION -> regionCode == null ? null : regionName(regionCode);
            case ENTERPRISE -> enterpriseId == null ? null : enterpriseName(enterpriseId);
        };
    }

    private String regionName(String code) {
        return names.computeIfAbsent(code, key -> directory.findRegion(code).map(Region::name).orElse(code));
    }

    private String enterpriseName(UUID id) {
        return names.computeIfAbsent(id,
                key -> directory.findEnterprise(id).map(EnterpriseSummary::name).orElse(id.toString()));
    }
}
