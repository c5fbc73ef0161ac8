package org.chemsafe.enterprise.internal.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.AreaKind;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Component;

/** Sites, plans and areas for the platform's own set-up (demo data), with the same rules as the API. */
@Component
public class SiteSetup {

    private final Sites sites;
    private final SiteRepository repository;
    private final Areas areas;

    SiteSetup(Sites sites, SiteRepository repository, Areas areas) {
        this.sites = sites;
        this.repository = repository;
        this.areas = areas;
    }

    /**
     * Creates the site with the plan image, calibrated at {@code metresPerPixel} with north up: the plan's bottom-left
     * corner is the site's origin; nothing when the enterprise has a site of that name.
     */
    public Optional<UUID> create(UUID enterpriseId, String name, byte[] planImage, double metresPerPixel) {
        if (repository.nameTaken(enterpriseId, name, null)) {
            return Optional.empty();
        }
        SiteView site = sites.create(Actor.system(), new SiteRequest(enterpriseId, name));
        SiteView.Plan plan = sites.storePlan(site, planImage).plan();
        double width = plan.widthPx();
        double height = plan.heightPx();
        sites.calibrate(Actor.system(), site.id(), new CalibrationRequest(List.of(
                new CalibrationRequest.Point(0.0, height, 0.0, 0.0),
                new CalibrationRequest.Point(width, 0.0, width * metresPerPixel, height * metresPerPixel))));
        return Optional.of(site.id());
    }

    /** Adds an area to the site, its polygon in the site's metres. */
    public UUID addArea(UUID siteId, String name, AreaKind kind, boolean fireExplosionHazard,
            List<List<Double>> polygon) {
        return areas.create(Actor.system(), siteId,
                new AreaRequest(name, kind, fireExplosionHazard, List.copyOf(polygon))).id();
    }
}
