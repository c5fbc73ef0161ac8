package org.chemsafe.demo;

import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.monitoring.MonitoringSetup;
import org.chemsafe.monitoring.MonitoringSetup.NewPoint;
import org.chemsafe.simulator.DemoPlant;
import org.chemsafe.simulator.Indicator;
import org.chemsafe.simulator.PlantPoint;
import org.springframework.stereotype.Component;

/**
 * The demo enterprises' points, as the simulator's {@link DemoPlant} describes them: tags, limits, the tanks and
 * units they are installed on, their places on the site plan. Samples are expected every 10 s (a switch, which OPC UA
 * reports only on a change, every hour).
 */
@Component
class DemoMonitoring {

    private static final int EXPECTED_PERIOD_SECONDS = 10;
    private static final int SWITCH_EXPECTED_PERIOD_SECONDS = 3_600;

    private final MonitoringSetup monitoring;
    private final ChemicalCatalogue catalogue;

    DemoMonitoring(MonitoringSetup monitoring, ChemicalCatalogue catalogue) {
        this.monitoring = monitoring;
        this.catalogue = catalogue;
    }

    void seed(UUID chemicals, UUID storage) {
        register(chemicals, DemoPlant.CHEMICALS_GATEWAY, DemoPlant.chemicals());
        register(storage, DemoPlant.STORAGE_GATEWAY, DemoPlant.storage());
    }

    private void register(UUID enterpriseId, String gateway, List<PlantPoint> points) {
        for (PlantPoint point : points) {
            monitoring.registerPoint(enterpriseId, new NewPoint(point.tag(), point.name(), point.indicator().name(),
                    point.unit(), point.rangeLow(), point.rangeHigh(), point.limits().lowLow(), point.limits().low(),
                    point.limits().high(), point.limits().highHigh(),
                    point.indicator() == Indicator.SWITCH ? SWITCH_EXPECTED_PERIOD_SECONDS : EXPECTED_PERIOD_SECONDS,
                    point.object() == null ? null : point.object().kind().name(),
                    point.object() == null ? null : point.object().code(),
                    point.chemicalCas() == null ? null : chemical(point.chemicalCas()), gateway, point.planX(),
                    point.planY()));
        }
    }

    private UUID chemical(String cas) {
        return catalogue.findReferencesByCas(CasNumber.parse(cas)).get(0).id();
    }
}
