package org.chemsafe.permit.internal;

import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidGasCheck}: the type is one that analyses gas (hot work 5.3, confined space 6.3, temporary power
 * 10.1); hot work names one of its grades; exactly one of {@code workStart} and {@code resumeAt}, a resumption with
 * its interruption; each sample's flammable reading with the limit it is judged by. Each problem names its field.
 */
class GasCheckValidator implements ConstraintValidator<ValidGasCheck, GasCheckRequest> {

    private static final Set<WorkType> ANALYSED = Set.of(WorkType.HOT_WORK, WorkType.CONFINED_SPACE,
            WorkType.TEMPORARY_POWER);

    @Override
    public boolean isValid(@Nullable GasCheckRequest check, ConstraintValidatorContext context) {
        if (check == null || check.type() == null) {
            return true;
        }
        boolean valid = true;
        if (!ANALYSED.contains(check.type())) {
            valid = FieldViolations.refuse(context, "type", "{permit.gas.type-not-analysed}");
        }
        if (check.type() == WorkType.HOT_WORK
                && (check.grade() == null || !WorkGrade.of(WorkType.HOT_WORK).contains(check.grade()))) {
            valid = FieldViolations.refuse(context, "grade", "{permit.gas.hot-work-grade}");
        }
        if ((check.workStart() == null) == (check.resumeAt() == null)) {
            valid = FieldViolations.refuse(context, "workStart", "{permit.gas.one-moment}");
        }
        if (check.resumeAt() != null && check.interruptionMinutes() == null) {
            valid = FieldViolations.refuse(context, "interruptionMinutes", "{permit.gas.interruption-required}");
        }
        for (int i = 0; i < check.samples().size(); i++) {
            GasSample sample = check.samples().get(i);
            if (sample != null && sample.concentrationPercentVol() != null && sample.lelPercent() == null
                    && sample.substance() == null) {
                valid = FieldViolations.refuse(context, "samples[" + i + "].lelPercent", "{permit.gas.lel-required}");
            }
        }
        return valid;
    }
}
