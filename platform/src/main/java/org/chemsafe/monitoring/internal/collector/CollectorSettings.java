package org.chemsafe.monitoring.internal.collector;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The collectors' settings ({@code chemsafe.monitoring.collectors.*}): whether they run at all, and the reconnect
 * back-off, which doubles from {@code minBackoff} after each failed attempt up to {@code maxBackoff}.
 */
@ConfigurationProperties("chemsafe.monitoring.collectors")
public record CollectorSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration minBackoff,
        @DefaultValue("60s") Duration maxBackoff, @DefaultValue("5s") Duration requestTimeout) {
}
