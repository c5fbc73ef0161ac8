package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What it takes to register an enterprise in a region; the location is WGS84. */
public record NewEnterprise(String name, @Nullable String unifiedSocialCreditCode, List<EnterpriseKind> kinds,
        String regionCode, @Nullable String address, @Nullable BigDecimal longitude, @Nullable BigDecimal latitude) {
}
