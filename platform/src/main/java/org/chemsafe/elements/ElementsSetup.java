package org.chemsafe.elements;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Registers people and their qualifications without a caller (demo data). */
public interface ElementsSetup {

    /** Registers an enabled person of the enterprise; answers their id. */
    UUID addPerson(UUID enterpriseId, String name, @Nullable String employeeNo, @Nullable String department);

    /** Records a qualification of the person (of the enterprise). */
    void addQualification(UUID enterpriseId, UUID personId, QualificationKind kind, String number,
            @Nullable String issuer, LocalDate validUntil);
}
