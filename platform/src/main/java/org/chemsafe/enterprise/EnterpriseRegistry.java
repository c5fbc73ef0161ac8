package org.chemsafe.enterprise;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Registers regions and enterprises (used by the platform's own set-up, such as the demo data). */
public interface EnterpriseRegistry {

    Region registerRegion(String code, String name, RegionLevel level, @Nullable String parentCode);

    UUID registerEnterprise(NewEnterprise enterprise);
}
