package org.chemsafe.majorhazard.internal.source;

import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitChanged;
import org.chemsafe.enterprise.UnitInventory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This module's view of the enterprise module's hazard units ({@code major_hazard_unit}): code, name and kind as the
 * owner last announced them, and the unit's current assessment with its fingerprint. Written only by the event
 * listener and the assessor, which work for the system (no caller's scope applies).
 */
@Repository
class UnitReadModel {

    private final JdbcClient jdbc;

    UnitReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes what the event says of the unit. Replaying it changes nothing; a removed unit stays removed (unit ids are
     * never reused), keeping its last code and name for the retired source.
     */
    void apply(HazardUnitChanged changed) {
        jdbc.sql("""
                insert into major_hazard_unit (unit_id, enterprise_id, code, name, kind, removed)
                values (:unitId, :enterpriseId, :code, :name, :kind, :removed)
                on conflict (unit_id) do update set code = excluded.code, name = excluded.name, kind = excluded.kind,
                    removed = major_hazard_unit.removed or excluded.removed, updated_at = now()""")
                .param("unitId", changed.unitId()).param("enterpriseId", changed.enterpriseId())
                .param("code", changed.code()).param("name", changed.name()).param("kind", changed.kind().name())
                .param("removed", changed.removed()).update();
    }

    /**
     * Records a unit the assessor read from the owner's API if the event has not announced it yet (a unit registered
     * before this read model existed, or whose event is still on its way); what an event said is never overwritten.
     */
    void remember(UnitInventory unit) {
        jdbc.sql("""
                insert into major_hazard_unit (unit_id, enterprise_id, code, name, kind)
                values (:unitId, :enterpriseId, :code, :name, :kind)
                on conflict (unit_id) do nothing""")
                .param("unitId", unit.unitId()).param("enterpriseId", unit.enterpriseId())
                .param("code", unit.code()).param("name", unit.name()).param("kind", unit.kind().name()).update();
    }

    /** The unit's current assessment, locked until the transaction ends so that assessments of a unit queue. */
    Optional<Current> lockCurrent(UUID unitId) {
        return jdbc.sql("select assessment_id, fingerprint from major_hazard_unit where unit_id = :id for update")
                .param("id", unitId)
                .query((rs, n) -> new Current((Long) rs.getObject("assessment_id"), rs.getString("fingerprint")))
                .optional();
    }

    void current(UUID unitId, long assessmentId, String fingerprint) {
        jdbc.sql("update major_hazard_unit set assessment_id = :assessmentId, fingerprint = :fingerprint where unit_id = :id")
                .param("id", unitId).param("assessmentId", assessmentId).param("fingerprint", fingerprint).update();
    }

    /** A unit's current assessment and the fingerprint of what produced it; both null before the first one. */
    record Current(@Nullable Long assessmentId, @Nullable String fingerprint) {
    }
}
