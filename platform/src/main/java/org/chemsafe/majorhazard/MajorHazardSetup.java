package org.chemsafe.majorhazard;

import java.util.UUID;

/** Records exposure and accountable people for the platform's own set-up (demo data), without a caller's scope. */
public interface MajorHazardSetup {

    /** Records the people within 500 m outside the unit and assesses it at once. */
    void recordExposure(UUID unitId, int exposedPeople);

    /** Names the three accountable people of the unit's major hazard source (it must be one). */
    void assignAccountable(UUID unitId, Accountable chief, Accountable technical, Accountable operations);

    /** An accountable person: a user of the enterprise, their post and phone. */
    record Accountable(UUID userId, String post, String phone) {
    }
}
