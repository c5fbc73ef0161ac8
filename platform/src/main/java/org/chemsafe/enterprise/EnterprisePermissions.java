package org.chemsafe.enterprise;

/** Permission codes of the enterprise module (granted to roles in data, see its migrations). */
public final class EnterprisePermissions {

    public static final String CHEMICAL_READ = "chemical:read";
    public static final String CHEMICAL_WRITE = "chemical:write";
    public static final String ENTERPRISE_READ = "enterprise:read";
    public static final String ENTERPRISE_WRITE = "enterprise:write";
    public static final String REGION_READ = "region:read";
    public static final String UNIT_READ = "unit:read";
    public static final String UNIT_WRITE = "unit:write";

    private EnterprisePermissions() {
    }
}
