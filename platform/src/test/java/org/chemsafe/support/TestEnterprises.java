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
    public static UUID register(EnterpriseDirectory directory, EnterpriseRegistry registry, String namePrefix) {
        return registerIn(directory, registry, TOWN, "测试镇", namePrefix);
    }

    /**
     * A new enterprise in a town of the test province of the test's own (created once), for tests that look at a
     * region as its supervisor does and must not see the other tests' enterprises.
     */
    public static synchronized UUID registerIn(EnterpriseDirectory directory, EnterpriseRegistry registry,
            String townCode, String townName, String namePrefix) {
        if (directory.findRegion(PROVINCE).isEmpty()) {
            registry.registerRegion(PROVINCE, "测试省", RegionLevel.PROVINCE, null);
        }
        if (directory.findRegion(townCode).isEmpty()) {
            registry.registerRegion(townCode, townName, RegionLevel.TOWN, PROVINCE);
        }
        return registry.registerEnterprise(new NewEnterprise(namePrefix + UUID.randomUUID(), null,
                List.of(EnterpriseKind.PRODUCTION), townCode, null, null, null));
    }
}
