package org.chemsafe.monitoring.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidPoint} with {@link LimitRules}; each problem names its field. */
class PointValidator implements ConstraintValidator<ValidPoint, PointRequest> {

    @Override
    public boolean isValid(@Nullable PointRequest point, ConstraintValidatorContext context) {
        if (point == null || point.indicatorType() == null) {
            return true;
        }
        boolean valid = true;
        for (LimitRules.Broken broken : LimitRules.check(point.indicatorType(), point.rangeLow(), point.rangeHigh(),
                point.givenLimits())) {
            valid = FieldViolations.refuse(context, broken.field(), broken.message());
        }
        return valid;
    }
}
