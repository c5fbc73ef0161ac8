package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
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
 *
 * <p>Assessing is idempotent: the unit's current assessment keeps a fingerprint of what it found (exposed people,
 * problems, S, R, level and the whole breakdown), and an assessment that finds the same (a replayed or redundant
 * event, an unchanged exposure) adds no history row and changes nothing. Only a manual re-assessment is always
 * recorded: someone asked, and the history shows when. Assessments of one unit queue on its read-model row.
 */
@Service
@Transactional
class UnitAssessor {

    /** The assessor works for the system, whoever's change it follows. */
    private static final DataScope SYSTEM = Actor.system().scope();

    private final HazardUnits units;
    private final UnitReadModel readModel;
    private final MajorHazardCalculator calculator;
    private final SubstanceMapping mapping;
    private final AssessmentRepository assessments;
    private final SourceRepository sources;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    UnitAssessor(HazardUnits units, UnitReadModel readModel, MajorHazardCalculator calculator,
            SubstanceMapping mapping, AssessmentRepository assessments, SourceRepository sources,
            ApplicationEventPublisher events, JsonMapper json) {
        this.units = units;
        this.readModel = readModel;
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
            sources.byUnit(SYSTEM, unitId).filter(SourceRepository.Registration::active).ifPresent(source -> {
                sources.retire(source.id(), null);
                events.publishEvent(new MajorHazardSourceChanged(source.id(), source.enterpriseId(), unitId, null, true));
            });
            return Optional.empty();
        }
        UnitInventory unit = found.get();
        readModel.remember(unit);
        UnitReadModel.Current current = readModel.lockCurrent(unitId).orElseThrow();
        Integer people = assessments.exposure(SYSTEM, unitId).orElse(null);
        NewAssessment next = evaluate(unit, trigger, people);
        String fingerprint = fingerprint(next);
        if (trigger != AssessmentTrigger.MANUAL && fingerprint.equals(current.fingerprint())
                && current.assessmentId() != null) {
            return assessments.find(SYSTEM, current.assessmentId());
        }
        long id = assessments.insert(next);
        readModel.current(unitId, id, fingerprint);
        UnitAssessmentView view = assessments.find(SYSTEM, id).orElseThrow();
        updateRegister(unit, view);
        return Optional.of(view);
    }

    /** What an assessment found, whatever triggered it: equal fingerprints, equal findings. */
    private String fingerprint(NewAssessment assessment) {
        String findings = json.writeValueAsString(List.of(String.valueOf(assessment.exposedPeople()),
                assessment.complete(), assessment.problems(), String.valueOf(assessment.sumRatio()),
                assessment.majorHazard(), String.valueOf(assessment.r()), String.valueOf(assessment.level()),
                assessment.result() == null ? "" : assessment.result()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(findings.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
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

    private void updateRegister(UnitInventory unit, UnitAssessmentView assessment) {
        Optional<SourceRepository.Registration> existing = sources.byUnit(SYSTEM, unit.unitId());
        JsonNode result = assessment.result();
        boolean majorHazard = result != null && result.path("majorHazard").asBoolean();
        if (majorHazard) {
            BigDecimal r = result.path("r").isNull() ? null : result.path("r").decimalValue();
            Integer level = result.path("level").isNull() ? null : result.path("level").asInt();
            UUID id = sources.register(unit.unitId(), unit.enterpriseId(), assessment,
                    result.path("sumRatio").decimalValue(), r, level);
            if (existing.isEmpty() || !existing.get().active() || !Objects.equals(existing.get().level(), level)) {
                events.publishEvent(new MajorHazardSourceChanged(id, unit.enterpriseId(), unit.unitId(), level, false));
            }
        } else if (assessment.complete() && existing.isPresent() && existing.get().active()) {
            sources.retire(existing.get().id(), assessment);
            events.publishEvent(new MajorHazardSourceChanged(existing.get().id(), unit.enterpriseId(),
                    unit.unitId(), null, true));
        }
    }
}
