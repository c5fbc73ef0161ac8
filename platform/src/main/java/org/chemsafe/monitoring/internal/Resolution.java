package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The resolutions of a series: the raw samples, or the 1 min or 1 h rollups. Without one asked for, a range of up to
 * 6 hours is answered raw (a point every second gives 21,600 samples), up to 6 days in minutes (8,640 buckets, under
 * the default limit), longer in hours.
 */
enum Resolution {

    RAW("raw", ChronoUnit.MICROS), MINUTE("1m", ChronoUnit.MINUTES), HOUR("1h", ChronoUnit.HOURS);

    private static final Duration RAW_UP_TO = Duration.ofHours(6);
    private static final Duration MINUTES_UP_TO = Duration.ofDays(6);

    private final String code;
    private final ChronoUnit unit;

    Resolution(String code, ChronoUnit unit) {
        this.code = code;
        this.unit = unit;
    }

    String code() {
        return code;
    }

    ChronoUnit unit() {
        return unit;
    }

    static Resolution of(String code) {
        for (Resolution resolution : values()) {
            if (resolution.code.equals(code)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException("no resolution " + code);
    }

    static Resolution forRange(Duration range) {
        return range.compareTo(RAW_UP_TO) <= 0 ? RAW : range.compareTo(MINUTES_UP_TO) <= 0 ? MINUTE : HOUR;
    }
}
