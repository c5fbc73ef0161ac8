package org.chemsafe.enterprise;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What it takes to register an enterprise in a region. */
public record NewEnterprise(String name, @Nullable String unifiedSocialCreditCode, List<EnterpriseKind> kinds,
        String regionCode, @Nullable String address) {
}
