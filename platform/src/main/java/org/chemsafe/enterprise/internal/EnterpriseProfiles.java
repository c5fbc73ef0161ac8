package org.chemsafe.enterprise.internal;

import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.enterprise.Region;
import org.chemsafe.enterprise.RegionLevel;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers enterprises and keeps their profiles. Holders of {@code enterprise:register} (supervisors, the platform)
 * register enterprises in the towns of their scope and move them; an enterprise keeps its own profile but cannot
 * move itself out of the town it was registered in.
 */
@Service
@Transactional
class EnterpriseProfiles {

    private final EnterpriseProfileRepository profiles;
    private final RegionRepository regions;
    private final EnterpriseDirectory directory;

    EnterpriseProfiles(EnterpriseProfileRepository profiles, RegionRepository regions, EnterpriseDirectory directory) {
        this.profiles = profiles;
        this.regions = regions;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    EnterpriseProfile get(Actor actor, UUID id) {
        return profiles.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("enterprise", id));
    }

    EnterpriseProfile register(Actor actor, EnterpriseProfileRequest request) {
        checkTown(actor, request.regionCode());
        checkNameFree(request.name(), null);
        UUID id = UUID.randomUUID();
        profiles.insert(id, request);
        return profiles.findVisible(id, DataScope.enterprise(id)).orElseThrow();
    }

    EnterpriseProfile update(Actor actor, UUID id, EnterpriseProfileRequest request) {
        EnterpriseProfile current = get(actor, id);
        if (!current.regionCode().equals(request.regionCode())) {
            if (!CurrentActor.holds(EnterprisePermissions.ENTERPRISE_REGISTER)) {
                throw ProblemException.forbidden("enterprise.update.region-by-government");
            }
            checkTown(actor, request.regionCode());
        }
        checkNameFree(request.name(), id);
        profiles.update(id, request);
        return profiles.findVisible(id, actor.scope()).orElseThrow();
    }

    private void checkTown(Actor actor, String regionCode) {
        Region region = regions.find(regionCode)
                .orElseThrow(() -> ProblemException.ruleViolation("enterprise.region.unknown", regionCode));
        if (region.level() != RegionLevel.TOWN) {
            throw ProblemException.ruleViolation("enterprise.region.not-town", region.name());
        }
        if (!directory.covers(actor.scope(), DataScope.region(regionCode))) {
            throw ProblemException.forbidden("enterprise.region.outside-scope");
        }
    }

    private void checkNameFree(String name, @Nullable UUID except) {
        if (profiles.nameTaken(name.strip(), except)) {
            throw ProblemException.conflict("enterprise.name.taken", name.strip());
        }
    }
}
