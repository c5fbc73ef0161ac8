package org.chemsafe.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The latest value of a gas detector point, for the work permits whose gas it watches: a combustible detector in
 * % LEL of its monitored chemical, a toxic one against its high limit (100 % of the chemical's OEL by default), an
 * oxygen one in % vol.
 */
public record GasReading(UUID pointId, String tag, String name, Kind kind, @Nullable String unit,
        @Nullable UUID chemicalId, @Nullable BigDecimal highLimit, double value, Instant ts) {

    /** What the detector measures. */
    public enum Kind {
        COMBUSTIBLE, TOXIC, OXYGEN
    }
}
