package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Data quality ({@code chemsafe.monitoring.quality.*}); no standard fixes these (monitoring-and-alarms.md §7 item 2):
 * a point is offline after {@code offlineFactor} × its expected period without data (its period, or
 * {@code defaultPeriod} when it has none), an analog point is flatlined once its value has not changed for longer
 * than {@code flatlineAfter}, and online rates are counted per day in {@code zone}.
 */
@ConfigurationProperties("chemsafe.monitoring.quality")
record DataQualitySettings(@DefaultValue("3") int offlineFactor, @DefaultValue("60s") Duration defaultPeriod,
        @DefaultValue("30m") Duration flatlineAfter, @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
