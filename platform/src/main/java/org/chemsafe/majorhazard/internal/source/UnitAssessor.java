package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.majorhazard.AssessmentRequest;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.MajorHazardCalculator;
import org.chemsafe.majorhazard.MajorHazardSourceChanged;
import org.chemsafe.majorhazard.internal.source.AssessmentRepository.NewAssessment;
import org.chemsafe.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Identifies and grades a unit from its inventory (GB 18218-2018 4.2, 4.3) and keeps the register of major hazard
 * sources: a unit with S ≥ 1 is registered (or kept up to date); one whose complete assessment falls below 1, or
 * which is removed, is retired. Every assessment is kept as history.
 *
 * <p>What the engine cannot know is not guessed: without the exposed people α is unknown, so R and the level are
 * left empty and the assessment is incomplete; a quantity that cannot be derived is left out and reported, and then
 * S is only a lower bound — enough to register a source, never enough to retire one.
 */
@Service
@Transactional
class UnitAssessor {

    private final HazardUnits units;
    private final MajorHazardCalculator calculator;
    private final SubstanceMapping mapping;
    private final AssessmentRepository assessments;
    private final SourceRepository sources;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    UnitAssessor(HazardUnits units, MajorHazardCalculator calculator, SubstanceMapping mapping,
            AssessmentRepository assessments, SourceRepository sources, ApplicationEventPublisher events,
            JsonMapper json) {
        this.units = units;
        this.calculator = calculator;
        this.mapping = mapping;
        this.assessments = assessments;
        this.sources = sources;
        this.events = events;
        this.json = json;
    }

    /** Assesses the unit now; empty when it no longer exists or is not a unit of the standard. */
    Optional<UnitAssessmentView> assess(UUID unitId, AssessmentTrigger trigger) {
        Optional<UnitInventory> found = units.inventoryOf(unitId);
        if (found.isEmpty()) {
            sources.byUnit(unitId).filter(SourceRepository.Registration::active).ifPresent(source -> {
                sources.retire(source.id(), null);
                events.publishEvent(new MajorHazardSourceChanged(source.id(), source.enterpriseId(), unitId, null, true));
            });
            return Optional.empty();
        }
        UnitInventory unit = found.get();
        Integer people = assessments.exposure(unitId).orElse(null);
        long id = assessments.insert(evaluate(unit, trigger, people));
        UnitAssessmentView view = assessments.find(id).orElseThrow();
        updateRegister(unit, id, view);
        return Optional.of(view);
    }

    private NewAssessment evaluate(UnitInventory unit, AssessmentTrigger trigger, Integer people) {
        SubstanceMapping.Mapped mapped = mapping.map(unit);
        List<String> problems = new ArrayList<>(mapped.problems());
        if (mapped.substances().isEmpty()) {
            if (unit.lines().isEmpty()) {
                problems.add(mapping.message("majorhazard.source.no-inventory"));
            }
            return new NewAssessment(unit.unitId(), unit.enterpriseId(), trigger, people, false, problems,
                    BigDecimal.ZERO, false, null, null, null);
        }
        AssessmentResult result;
        try {
            result = calculator.assess(new AssessmentRequest(people == null ? 0 : people, mapped.substances()));
        } catch (ProblemException ex) {
            problems.add(mapping.message(ex.detailKey(), ex.detailArgs()));
            return new NewAssessment(unit.unitId(), unit.enterpriseId(), trigger, people, false, problems, null,
                    false, null, null, null);
        }
        result.missingBeta().forEach(missing -> problems.add(
                mapping.message("majorhazard.source.beta-missing", missing.name(), missing.table1Row())));
        JsonNode stored = json.valueToTree(result);
        BigDecimal r = result.r();
        Integer level = result.level() == null ? null : result.level().number();
        if (people == null) {
            // GB 18218-2018 Table 5: α needs the people within 500 m; unknown, so no R and no level
            problems.add(mapping.message("majorhazard.source.exposure-unknown"));
            ((ObjectNode) stored).putNull("alpha").putNull("r").putNull("level");
            r = null;
            level = null;
        }
        return new NewAssessment(unit.unitId(), unit.enterpriseId(), trigger, people, problems.isEmpty(), problems,
                result.sumRatio(), result.majorHazard(), r, level, stored);
    }

    private void updateRegister(UnitInventory unit, long assessmentId, UnitAssessmentView assessment) {
        Optional<SourceRepository.Registration> existing = sources.byUnit(unit.unitId());
        JsonNode result = assessment.result();
        boolean majorHazard = result != null && result.path("majorHazard").asBoolean();
        if (majorHazard) {
            BigDecimal r = result.path("r").isNull() ? null : result.path("r").decimalValue();
            Integer level = result.path("level").isNull() ? null : result.path("level").asInt();
            UUID id = sources.register(unit, assessmentId, result.path("sumRatio").decimalValue(), r, level);
            if (existing.isEmpty() || !existing.get().active() || !Objects.equals(existing.get().level(), level)) {
                events.publishEvent(new MajorHazardSourceChanged(id, unit.enterpriseId(), unit.unitId(), level, false));
            }
        } else if (assessment.complete() && existing.isPresent() && existing.get().active()) {
            sources.retire(existing.get().id(), assessmentId);
            events.publishEvent(new MajorHazardSourceChanged(existing.get().id(), unit.enterpriseId(),
                    unit.unitId(), null, true));
        }
    }
}
