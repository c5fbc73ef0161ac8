package org.chemsafe.elements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person of an enterprise with the qualifications recorded for them, as other modules check them. */
public record QualifiedPerson(UUID id, UUID enterpriseId, String name, boolean enabled, List<Held> qualifications) {

    public QualifiedPerson {
        qualifications = List.copyOf(qualifications);
    }

    /** One qualification: its kind, its number and the last day it is valid. */
    public record Held(QualificationKind kind, String number, LocalDate validUntil) {
    }

    /** The qualification of the kind still valid on the day (the one valid longest), if any. */
    public Optional<Held> validThrough(QualificationKind kind, LocalDate day) {
        return qualifications.stream().filter(held -> held.kind() == kind && !held.validUntil().isBefore(day))
                .max(Comparator.comparing(Held::validUntil));
    }
}
