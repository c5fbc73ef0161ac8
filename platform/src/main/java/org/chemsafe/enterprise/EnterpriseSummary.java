package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An enterprise as other modules and lists see it; its location is WGS84. */
public record EnterpriseSummary(UUID id, String name, @Nullable String unifiedSocialCreditCode,
        List<EnterpriseKind> kinds, String regionCode, String regionName, @Nullable String address,
        @Nullable BigDecimal longitude, @Nullable BigDecimal latitude) {
}
