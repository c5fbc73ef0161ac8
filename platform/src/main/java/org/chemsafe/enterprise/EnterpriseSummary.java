package org.chemsafe.enterprise;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An enterprise as other modules and lists see it. */
public record EnterpriseSummary(UUID id, String name, @Nullable String unifiedSocialCreditCode,
        List<EnterpriseKind> kinds, String regionCode, String regionName, @Nullable String address) {
}
