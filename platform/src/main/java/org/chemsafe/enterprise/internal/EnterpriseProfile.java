package org.chemsafe.enterprise.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.jspecify.annotations.Nullable;

/** The whole enterprise profile (企业基本信息) as the detail endpoint answers. */
record EnterpriseProfile(UUID id, String name, @Nullable String unifiedSocialCreditCode,
        @Nullable String hazchemRegistrationCode, List<EnterpriseKind> kinds, String regionCode, String regionName,
        @Nullable String address, @Nullable BigDecimal longitude, @Nullable BigDecimal latitude,
        @Nullable String principalName, @Nullable String principalPhone, @Nullable String safetyDirectorName,
        @Nullable String safetyDirectorPhone, StandardizationLevel standardizationLevel, EnterpriseStatus status,
        Instant updatedAt) {
}
