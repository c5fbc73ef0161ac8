package org.chemsafe.identity.internal;

import java.util.List;

import org.chemsafe.enterprise.EnterprisePermissions;

/**
 * What a machine client may do with its token. Each purpose grants the authority {@code purpose:<NAME>}, which the
 * ingestion endpoints of later modules require, plus read access to its own enterprise.
 */
enum ApiTokenPurpose {
    TELEMETRY,
    POSITIONING,
    VIDEO,
    EXCHANGE,
    READ_ONLY;

    List<String> authorities() {
        return List.of("purpose:" + name(), EnterprisePermissions.ENTERPRISE_READ);
    }
}
