package org.chemsafe.majorhazard.internal.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The major hazard sources within a caller's scope: their list and detail with the whole calculation, the exposed
 * people of their units, and their three accountable people (包保责任人), who must be users of the source's
 * enterprise. Every read of this module's rows names the caller's scope; a row outside it answers 404.
 */
@Service
@Transactional
class MajorHazardSources {

    private final SourceRepository sources;
    private final AssessmentRepository assessments;
    private final UnitAssessor assessor;
    private final HazardUnits units;
    private final EnterpriseDirectory directory;
    private final EnterpriseNames names;
    private final UserDirectory users;

    MajorHazardSources(SourceRepository sources, AssessmentRepository assessments, UnitAssessor assessor,
            HazardUnits units, EnterpriseDirectory directory, EnterpriseNames names, UserDirectory users) {
        this.sources = sources;
        this.assessments = assessments;
        this.assessor = assessor;
        this.units = units;
        this.directory = directory;
        this.names = names;
        this.users = users;
    }

    @Transactional(readOnly = true)
    PageResult<SourceSummary> search(Actor actor, @Nullable UUID enterpriseId, @Nullable Integer level,
            @Nullable String text, boolean includeRetired, PageQuery page) {
        DataScope scope = actor.scope();
        return names.named(sources.search(scope, enterpriseId, level, text, names.containing(scope, text),
                includeRetired, page));
    }

    @Transactional(readOnly = true)
    SourceDetail detail(Actor actor, UUID id) {
        SourceSummary summary = visible(actor, id);
        List<AccountablePersonView> people = sources.accountable(actor.scope(), Set.of(id)).getOrDefault(id, List.of())
                .stream()
                .map(person -> new AccountablePersonView(person.role(), person.userId(),
                        users.find(person.userId()).map(UserSummary::displayName).orElse(""), person.post(),
                        person.phone()))
                .sorted(Comparator.comparing(AccountablePersonView::role)).toList();
        UnitAssessmentView current = assessments.latest(actor.scope(), summary.unitId()).orElseThrow();
        return new SourceDetail(summary, assessments.exposure(actor.scope(), summary.unitId()).orElse(null), current,
                people, assessments.history(actor.scope(), summary.unitId()));
    }

    SourceDetail assignAccountable(Actor actor, UUID id, AccountablePeopleRequest request) {
        SourceSummary summary = visible(actor, id);
        List<SourceRepository.AccountablePersonRow> rows = new ArrayList<>();
        EnumSet<AccountableRole> seen = EnumSet.noneOf(AccountableRole.class);
        for (AccountablePeopleRequest.Person person : request.people()) {
            if (!seen.add(person.role())) {
                throw ProblemException.ruleViolation("majorhazard.accountable.role-twice", person.role());
            }
            UserSummary user = users.find(person.userId())
                    .filter(found -> found.enabled()
                            && DataScope.enterprise(summary.enterpriseId()).equals(found.scope()))
                    .orElseThrow(() -> ProblemException.ruleViolation("majorhazard.accountable.not-enterprise-user",
                            person.userId()));
            rows.add(new SourceRepository.AccountablePersonRow(person.role(), user.id(), person.post().strip(),
                    person.phone().strip()));
        }
        sources.replaceAccountable(id, summary.enterpriseId(), rows);
        return detail(actor, id);
    }

    /** Records the people within 500 m outside the unit and re-assesses it. */
    UnitAssessmentView recordExposure(Actor actor, UUID unitId, int people) {
        UnitInventory unit = visibleUnit(actor, unitId);
        assessments.recordExposure(unitId, unit.enterpriseId(), people, actor.name());
        return assessor.assess(unitId, AssessmentTrigger.EXPOSURE_CHANGED).orElseThrow();
    }

    UnitAssessmentView reassess(Actor actor, UUID unitId) {
        visibleUnit(actor, unitId);
        return assessor.assess(unitId, AssessmentTrigger.MANUAL).orElseThrow();
    }

    @Transactional(readOnly = true)
    UnitAssessmentView latest(Actor actor, UUID unitId) {
        return assessments.latest(actor.scope(), unitId)
                .orElseThrow(() -> ProblemException.notFound("assessment", unitId));
    }

    @Transactional(readOnly = true)
    List<EnterpriseSourceCounts> countsByEnterprise(Actor actor) {
        Map<UUID, int[]> counts = sources.countsByEnterprise(actor.scope());
        List<EnterpriseSourceCounts> result = new ArrayList<>();
        for (EnterpriseSummary enterprise : directory.enterprisesWithin(actor.scope())) {
            int[] row = counts.getOrDefault(enterprise.id(), new int[6]);
            result.add(new EnterpriseSourceCounts(enterprise.id(), enterprise.name(), enterprise.regionName(),
                    enterprise.longitude(), enterprise.latitude(), row[1], row[2], row[3], row[4], row[0], row[5]));
        }
        return result;
    }

    private SourceSummary visible(Actor actor, UUID id) {
        SourceSummary source = sources.findVisible(id, actor.scope()).map(found -> names.named(List.of(found)).get(0))
                .orElseThrow(() -> ProblemException.notFound("major-hazard-source", id));
        AuditTarget.concerns(source.enterpriseId());
        return source;
    }

    /**
     * A unit the caller may write for: the unit belongs to the enterprise module, which answers what it is and
     * whose; a unit of an enterprise outside the caller's scope is answered 404, as if it did not exist.
     */
    private UnitInventory visibleUnit(Actor actor, UUID unitId) {
        UnitInventory unit = units.inventoryOf(unitId)
                .filter(found -> directory.covers(actor.scope(), DataScope.enterprise(found.enterpriseId())))
                .orElseThrow(() -> ProblemException.notFound("unit", unitId));
        AuditTarget.concerns(unit.enterpriseId());
        return unit;
    }
}
