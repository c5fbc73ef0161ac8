package org.chemsafe.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.AreaKind;
import org.chemsafe.enterprise.RegistrySetup;
import org.chemsafe.shared.db.EmbeddedDatabase;
import org.chemsafe.simulator.DemoPlant;
import org.chemsafe.simulator.PlanZone;
import org.chemsafe.simulator.SitePlanImage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives each demo enterprise its site, {@value #SITE_NAME}: the simulator's drawn plan, calibrated at
 * {@link DemoPlant#METRES_PER_PIXEL} m a pixel, with an area per zone of the plan and a small risk register whose
 * units lie in those areas ({@link DemoRiskRegister}, for the four-colour map). Runs after the demo data, outside
 * its transaction (a plan is stored on its own), and once: a site of that name is left alone.
 */
@Component
@Order(15)
class DemoSites implements ApplicationRunner {

    static final String SITE_NAME = "厂区总平面图";

    private final DemoSettings settings;
    private final boolean embeddedDatabase;
    private final DemoEnterprises enterprises;
    private final RegistrySetup registry;
    private final DemoRiskRegister riskRegister;
    private final DemoPeople people;

    DemoSites(DemoSettings settings, ObjectProvider<EmbeddedDatabase> embeddedDatabase, DemoEnterprises enterprises,
            RegistrySetup registry, DemoRiskRegister riskRegister, DemoPeople people) {
        this.riskRegister = riskRegister;
        this.people = people;
        this.settings = settings;
        this.embeddedDatabase = embeddedDatabase.getIfAvailable() != null;
        this.enterprises = enterprises;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabledFor(embeddedDatabase)) {
            return;
        }
        enterprises.find().ifPresent(pair -> {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            seed(pair.chemicals(), DemoPlant.chemicalsPlan()).ifPresent(areas -> {
                riskRegister.seedChemicals(pair.chemicals(), areas);
                people.seed(pair.chemicals(), today);
            });
            seed(pair.storage(), DemoPlant.storagePlan()).ifPresent(areas -> {
                riskRegister.seedStorage(pair.storage(), areas);
                people.seed(pair.storage(), today);
            });
        });
    }

    /** The site with its areas, by zone code; nothing when the enterprise has the site already. */
    private Optional<Map<String, UUID>> seed(UUID enterpriseId, List<PlanZone> zones) {
        byte[] plan = SitePlanImage.png(DemoPlant.PLAN_WIDTH, DemoPlant.PLAN_HEIGHT, zones);
        return registry.addSite(enterpriseId, SITE_NAME, plan, DemoPlant.METRES_PER_PIXEL).map(siteId -> {
            Map<String, UUID> areas = new HashMap<>();
            for (PlanZone zone : zones) {
                areas.put(zone.code(), registry.addArea(siteId, zone.name(), AreaKind.valueOf(zone.kind()),
                        zone.fireExplosionHazard(), polygon(zone)));
            }
            return areas;
        });
    }

    /** The zone's rectangle in the site's metres (x east, y north from the plan's bottom-left corner). */
    private static List<List<Double>> polygon(PlanZone zone) {
        double scale = DemoPlant.METRES_PER_PIXEL;
        double west = zone.x() * scale;
        double east = (zone.x() + zone.width()) * scale;
        double north = (DemoPlant.PLAN_HEIGHT - zone.y()) * scale;
        double south = (DemoPlant.PLAN_HEIGHT - zone.y() - zone.height()) * scale;
        return List.of(List.of(west, south), List.of(east, south), List.of(east, north), List.of(west, north));
    }
}
