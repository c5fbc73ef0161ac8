package org.chemsafe.majorhazard.internal.source;

import java.util.List;
import java.util.UUID;

import org.chemsafe.majorhazard.MajorHazardSetup;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultMajorHazardSetup implements MajorHazardSetup {

    private final MajorHazardSources sources;
    private final SourceRepository repository;

    DefaultMajorHazardSetup(MajorHazardSources sources, SourceRepository repository) {
        this.sources = sources;
        this.repository = repository;
    }

    @Override
    public void recordExposure(UUID unitId, int exposedPeople) {
        sources.recordExposure(Actor.system(), unitId, exposedPeople);
    }

    @Override
    public void assignAccountable(UUID unitId, Accountable chief, Accountable technical, Accountable operations) {
        UUID sourceId = repository.byUnit(Actor.system().scope(), unitId).orElseThrow(
                () -> new IllegalStateException("unit " + unitId + " is not a major hazard source")).id();
        sources.assignAccountable(Actor.system(), sourceId, new AccountablePeopleRequest(List.of(
                person(AccountableRole.CHIEF, chief), person(AccountableRole.TECHNICAL, technical),
                person(AccountableRole.OPERATIONS, operations))));
    }

    private static AccountablePeopleRequest.Person person(AccountableRole role, Accountable accountable) {
        return new AccountablePeopleRequest.Person(role, accountable.userId(), accountable.post(), accountable.phone());
    }
}
