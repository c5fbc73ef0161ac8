package org.chemsafe.support;

import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.enterprise.NewEnterprise;
import org.chemsafe.enterprise.RegionLevel;

/**
 * Enterprises a test creates for itself, in a test town outside the demo's regions, so that what the demo's
 * supervisors see (and other tests count) does not change.
 */
public final class TestEnterprises {

    public static final String PROVINCE = "990000";
    public static final String TOWN = "990000001";

    private TestEnterprises() {
    }

    /** A new enterprise in the test town, named with the given prefix and a random suffix. */
    public static synchronized UUID register(EnterpriseDirectory directory, EnterpriseRegistry registry,
            String namePrefix) {
        if (directory.findRegion(TOWN).isEmpty()) {
            registry.registerRegion(PROVINCE, "测试省", RegionLevel.PROVINCE, null);
            registry.registerRegion(TOWN, "测试镇", RegionLevel.TOWN, PROVINCE);
        }
        return registry.registerEnterprise(new NewEnterprise(namePrefix + UUID.randomUUID(), null,
                List.of(EnterpriseKind.PRODUCTION), TOWN, null, null, null));
    }
}
