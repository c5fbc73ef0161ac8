package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.monitoring.GasReading;
import org.chemsafe.monitoring.GasReadings;
import org.springframework.stereotype.Component;

/**
 * A gas sample from the monitoring points that cover the work's spot (5.3.1 d, 6.5: continuous monitoring may come from
 * a fixed detector): a combustible detector's % LEL becomes % vol through its monitored chemical's lower explosive
 * limit (the catalogue's), a toxic one is judged against its high limit (100 % of the OEL by default), an oxygen one
 * is read as % vol. The sample's time is its oldest reading's, so a stale detector fails the freshness rules. A point
 * that is not a reporting gas detector of the enterprise, a combustible one without a chemical whose LEL is known, or
 * a toxic one without a high limit, is a 400 naming {@code pointIds[i]}.
 */
@Component
class DetectorSamples {

    private final GasReadings readings;
    private final ChemicalCatalogue chemicals;
    private final RuleFindings findings;

    DetectorSamples(GasReadings readings, ChemicalCatalogue chemicals, RuleFindings findings) {
        this.readings = readings;
        this.chemicals = chemicals;
        this.findings = findings;
    }

    /** The points' readings, and the one sample they make. */
    record FromPoints(List<GasReading> readings, GasSample sample) {
    }

    FromPoints of(UUID enterpriseId, List<UUID> pointIds) {
        List<GasReading> found = new ArrayList<>();
        BigDecimal lel = null;
        BigDecimal concentration = null;
        BigDecimal oxygen = null;
        List<ToxicReading> toxic = new ArrayList<>();
        for (int i = 0; i < pointIds.size(); i++) {
            String field = "pointIds[" + i + "]";
            GasReading reading = readings.latest(enterpriseId, pointIds.get(i))
                    .orElseThrow(() -> findings.invalid(field, "NoReading", "permit.gas.point-no-reading"));
            BigDecimal value = BigDecimal.valueOf(reading.value());
            switch (reading.kind()) {
                case COMBUSTIBLE -> {
                    BigDecimal limit = reading.chemicalId() == null ? null : chemicals.find(reading.chemicalId())
                            .map(ChemicalInfo::lel).orElse(null);
                    if (limit == null || reading.unit() == null
                            || !reading.unit().toUpperCase(Locale.ROOT).contains("LEL")) {
                        throw findings.invalid(field, "NoLel", "permit.gas.point-no-lel");
                    }
                    lel = limit;
                    concentration = value.multiply(limit).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                }
                case TOXIC -> {
                    if (reading.highLimit() == null) {
                        throw findings.invalid(field, "NoLimit", "permit.gas.point-no-limit");
                    }
                    toxic.add(new ToxicReading(reading.name(), value, reading.highLimit(),
                            reading.unit() == null ? "" : reading.unit()));
                }
                case OXYGEN -> oxygen = value;
            }
            found.add(reading);
        }
        Instant oldest = found.stream().map(GasReading::ts).min(Instant::compareTo).orElseThrow();
        return new FromPoints(found, new GasSample(null, lel, concentration, oxygen, toxic,
                oldest.atOffset(ZoneOffset.UTC)));
    }
}
