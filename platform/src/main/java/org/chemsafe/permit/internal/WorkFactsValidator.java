package org.chemsafe.permit.internal;

import java.time.Duration;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidWorkFacts}: height work needs its height, lifting its mass; a planned end needs a start and
 * follows it, within {@link ClassifyRequest#LONGEST_PLAN_DAYS}. Each problem names its field.
 */
class WorkFactsValidator implements ConstraintValidator<ValidWorkFacts, ClassifyRequest> {

    @Override
    public boolean isValid(@Nullable ClassifyRequest facts, ConstraintValidatorContext context) {
        if (facts == null || facts.type() == null) {
            return true;
        }
        boolean valid = true;
        if (facts.type() == WorkType.HEIGHT && facts.heightMetres() == null) {
            valid = FieldViolations.refuse(context, "heightMetres", "{permit.facts.height-required}");
        }
        if (facts.type() == WorkType.LIFTING && facts.loadTonnes() == null) {
            valid = FieldViolations.refuse(context, "loadTonnes", "{permit.facts.load-required}");
        }
        if (facts.plannedEnd() != null && facts.plannedStart() == null) {
            valid = FieldViolations.refuse(context, "plannedStart", "{permit.facts.start-required}");
        }
        if (facts.plannedStart() != null && facts.plannedEnd() != null) {
            Duration planned = Duration.between(facts.plannedStart(), facts.plannedEnd());
            if (planned.isNegative() || planned.isZero()) {
                valid = FieldViolations.refuse(context, "plannedEnd", "{permit.facts.end-before-start}");
            } else if (planned.compareTo(Duration.ofDays(ClassifyRequest.LONGEST_PLAN_DAYS)) > 0) {
                valid = FieldViolations.refuse(context, "plannedEnd", "{permit.facts.plan-too-long}");
            }
        }
        return valid;
    }
}
