package org.chemsafe.elements.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.elements.QualifiedPerson;
import org.chemsafe.elements.Qualifications;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' people: managers register their own enterprise's; every read names the caller's scope, so another
 * enterprise's person is a 404. A person named by permits is disabled when they leave rather than removed.
 */
@Service
@Transactional
class People implements Qualifications {

    static final String RESOURCE = "person";

    private final PersonRepository people;
    private final QualificationRepository qualifications;
    private final QualificationViews views;
    private final EnterpriseAccess access;
    private final Problems problems;
    private final Clock clock;

    People(PersonRepository people, QualificationRepository qualifications, QualificationViews views,
            EnterpriseAccess access, Problems problems, Clock clock) {
        this.people = people;
        this.qualifications = qualifications;
        this.views = views;
        this.access = access;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<PersonView> list(Actor actor, @Nullable UUID enterpriseId, @Nullable String q,
            @Nullable Boolean enabled, PageQuery page) {
        return people.list(actor.scope(), enterpriseId, q, enabled, page).map(person -> view(person, actor.scope()));
    }

    @Transactional(readOnly = true)
    PersonView get(Actor actor, UUID id) {
        return view(visible(actor, id), actor.scope());
    }

    PersonView create(Actor actor, PersonRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        return save(UUID.randomUUID(), enterpriseId, request, actor.scope());
    }

    PersonView change(Actor actor, UUID id, PersonRequest request) {
        return save(id, visible(actor, id).enterpriseId(), request, actor.scope());
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        people.delete(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<QualifiedPerson> person(UUID enterpriseId, UUID personId) {
        return people.findVisible(personId, DataScope.enterprise(enterpriseId))
                .map(person -> new QualifiedPerson(person.id(), person.enterpriseId(), person.name(),
                        person.enabled(), qualifications.ofPersonInEnterprise(enterpriseId, personId).stream()
                                .map(q -> new QualifiedPerson.Held(q.kind(), q.number(), q.validUntil())).toList()));
    }

    /** The person, in the caller's scope (another enterprise's is a 404). */
    Person visible(Actor actor, UUID id) {
        Person person = people.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound(RESOURCE,
                id));
        AuditTarget.concerns(person.enterpriseId());
        return person;
    }

    /**
     * The person a qualification is recorded for: one the caller may change (their own enterprise's); any other id
     * is a 400 naming {@code personId}.
     */
    Person visibleOrInvalid(Actor actor, UUID id) {
        Person person = people.findVisible(id, actor.scope())
                .orElseThrow(() -> problems.invalid("personId", "elements.person.unknown"));
        AuditTarget.concerns(person.enterpriseId());
        return person;
    }

    private PersonView save(UUID id, UUID enterpriseId, PersonRequest request, DataScope scope) {
        String employeeNo = stripped(request.employeeNo());
        if (employeeNo != null && people.employeeNoTaken(enterpriseId, employeeNo, id)) {
            throw problems.invalid("employeeNo", "elements.person.employee-no-taken", employeeNo);
        }
        Person person = new Person(id, enterpriseId, request.name().strip(), employeeNo,
                stripped(request.department()), stripped(request.phone()), stripped(request.contractor()),
                !Boolean.FALSE.equals(request.enabled()), clock.instant());
        people.upsert(person);
        return view(person, scope);
    }

    private PersonView view(Person person, DataScope scope) {
        return new PersonView(person.id(), person.enterpriseId(), person.name(), person.employeeNo(),
                person.department(), person.phone(), person.contractor(), person.enabled(), person.updatedAt(),
                qualifications.ofPerson(person.id(), scope).stream().map(views::of).toList());
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
