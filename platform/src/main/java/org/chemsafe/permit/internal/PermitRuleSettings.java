package org.chemsafe.permit.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What GB 30871-2022 leaves to the enterprise ({@code chemsafe.permits.*}; section 16 of the domain notes).
 *
 * @param nightStart   when the night starts for the hot-work upgrade of 5.1.1, which does not define night (default
 *                     20:00, the one public rule found; an enterprise whose night shift starts at 22:00 sets that)
 * @param nightEnd     when the night ends (default 06:00)
 * @param openValidity the longest validity of a type whose validity the standard does not fix (blind plate, lifting,
 *                     excavation, road breaking), by type; a type not named here gets one day
 */
@ConfigurationProperties("chemsafe.permits")
record PermitRuleSettings(@DefaultValue("20:00") LocalTime nightStart, @DefaultValue("06:00") LocalTime nightEnd,
        @Nullable Map<WorkType, Duration> openValidity) {

    static final Duration DEFAULT_OPEN_VALIDITY = Duration.ofHours(24);

    PermitRuleSettings {
        openValidity = openValidity == null ? Map.of() : Map.copyOf(openValidity);
    }

    static PermitRuleSettings defaults() {
        return new PermitRuleSettings(LocalTime.of(20, 0), LocalTime.of(6, 0), null);
    }

    /** The longest validity of a type the standard leaves open. */
    Duration openValidityOf(WorkType type) {
        return openValidity == null ? DEFAULT_OPEN_VALIDITY : openValidity.getOrDefault(type, DEFAULT_OPEN_VALIDITY);
    }

    /** Whether the time of day lies in the night window (which may span midnight). */
    boolean isNight(LocalTime time) {
        return nightStart.isAfter(nightEnd) ? !time.isBefore(nightStart) || time.isBefore(nightEnd)
                : !time.isBefore(nightStart) && time.isBefore(nightEnd);
    }
}
