package org.chemsafe.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first platform administrator ({@code chemsafe.bootstrap.admin-password}, environment
 * {@code CHEMSAFE_BOOTSTRAP_ADMIN_PASSWORD}); when unset a password is generated and printed once to the log.
 */
@ConfigurationProperties("chemsafe.bootstrap")
record BootstrapSettings(@Nullable String adminPassword) {
}
