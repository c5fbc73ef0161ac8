package org.chemsafe.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the actuator ({@code chemsafe.management.*}).
 *
 * @param metricsToken a secret that a metrics scraper (Prometheus) sends as {@code Authorization: Bearer <secret>}
 *                     to read {@code /actuator/**}; unset, only signed-in platform administrators can
 */
@ConfigurationProperties("chemsafe.management")
record ManagementSettings(@Nullable String metricsToken) {
}
