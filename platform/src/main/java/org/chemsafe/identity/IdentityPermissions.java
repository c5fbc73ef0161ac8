package org.chemsafe.identity;

/** Permission codes of the identity module (granted to roles in data, see its migrations). */
public final class IdentityPermissions {

    public static final String USER_READ = "user:read";
    public static final String USER_WRITE = "user:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String AUDIT_EXPORT = "audit:export";
    public static final String API_TOKEN_MANAGE = "api-token:manage";

    private IdentityPermissions() {
    }
}
