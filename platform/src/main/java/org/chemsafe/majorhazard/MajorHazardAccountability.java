package org.chemsafe.majorhazard;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The 包保 accountable people of major hazard sources, for other modules (no scope checks here). */
public interface MajorHazardAccountability {

    /**
     * The users accountable (chief, technical, operations; 应急厅〔2021〕12号 第三条) for the active major hazard sources
     * among these objects: a source named by its id, or by the id of its hazard unit.
     */
    Set<UUID> accountableUsers(Collection<UUID> sourceOrUnitIds);

    /** The enterprise's active major hazard source named by its id or its hazard unit's id, with its people. */
    Optional<AccountableSource> accountableSource(UUID enterpriseId, UUID sourceOrUnitId);
}
