package org.chemsafe.elements;

import java.util.Optional;
import java.util.UUID;

/** The people of an enterprise with their qualifications, for the modules that check them (special-work permits). */
public interface Qualifications {

    /** The enterprise's person with every qualification recorded; empty when the enterprise has no such person. */
    Optional<QualifiedPerson> person(UUID enterpriseId, UUID personId);
}
