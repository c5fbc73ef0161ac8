package org.chemsafe.enterprise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
class RegionController {

    private final RegionRepository regions;
    private final EnterpriseRepository enterprises;

    RegionController(RegionRepository regions, EnterpriseRepository enterprises) {
        this.regions = regions;
        this.enterprises = enterprises;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + EnterprisePermissions.REGION_READ + "')")
    @Operation(summary = "The region tree within the caller's scope")
    List<RegionNode> tree() {
        Actor actor = CurrentActor.get();
        List<Region> visible = switch (actor.scope().kind()) {
            case PLATFORM -> regions.all();
            case REGION -> regions.find(actor.scope().regionCode()).map(regions::subtree).orElse(List.of());
            case ENTERPRISE -> enterprises.find(actor.scope().enterpriseId())
                    .flatMap(enterprise -> regions.find(enterprise.regionCode())).map(List::of).orElse(List.of());
        };
        return assemble(visible);
    }

    /** Builds the forest from regions listed parents first. */
    static List<RegionNode> assemble(List<Region> regionsParentsFirst) {
        Map<String, List<RegionNode>> childrenByCode = new LinkedHashMap<>();
        Map<String, RegionNode> nodes = new LinkedHashMap<>();
        List<RegionNode> roots = new ArrayList<>();
        for (Region region : regionsParentsFirst) {
            List<RegionNode> children = new ArrayList<>();
            RegionNode node = new RegionNode(region.code(), region.name(), region.level(), children);
            childrenByCode.put(region.code(), children);
            nodes.put(region.code(), node);
            List<RegionNode> siblings = region.parentCode() == null ? null : childrenByCode.get(region.parentCode());
            (siblings != null ? siblings : roots).add(node);
        }
        return roots;
    }
}
