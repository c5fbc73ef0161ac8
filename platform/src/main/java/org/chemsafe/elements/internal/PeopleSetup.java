package org.chemsafe.elements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.chemsafe.elements.ElementsSetup;
import org.chemsafe.elements.QualificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ElementsSetup} on the repositories: no caller, no scope (the demo data's start-up seeding). */
@Service
@Transactional
class PeopleSetup implements ElementsSetup {

    private final PersonRepository people;
    private final QualificationRepository qualifications;
    private final Clock clock;

    PeopleSetup(PersonRepository people, QualificationRepository qualifications, Clock clock) {
        this.people = people;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    @Override
    public UUID addPerson(UUID enterpriseId, String name, @Nullable String employeeNo, @Nullable String department) {
        UUID id = UUID.randomUUID();
        people.upsert(new Person(id, enterpriseId, name, employeeNo, department, null, null, true, clock.instant()));
        return id;
    }

    @Override
    public void addQualification(UUID enterpriseId, UUID personId, QualificationKind kind, String number,
            @Nullable String issuer, LocalDate validUntil) {
        qualifications.upsert(new Qualification(UUID.randomUUID(), enterpriseId, personId, kind, number, issuer, null,
                validUntil, null, clock.instant()));
    }
}
