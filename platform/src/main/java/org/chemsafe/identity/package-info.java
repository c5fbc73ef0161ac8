/**
 * Users, roles and permissions, data scopes, login (session and API tokens) and the audit log.
 */
@ApplicationModule(displayName = "Identity and audit")
@NullMarked
package org.chemsafe.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
