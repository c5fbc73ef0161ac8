package org.chemsafe.dualprevention.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/** An hourly task has its work window, of a length of at least one cycle (the national rule for 小时). */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidCheckSchedule.Validator.class)
@interface ValidCheckSchedule {

    String message() default "{dualprevention.schedule.work-window}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ValidCheckSchedule}, naming the missing field. */
    class Validator implements ConstraintValidator<ValidCheckSchedule, CheckSchedule> {

        @Override
        public boolean isValid(@Nullable CheckSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.checkCycleUnit() != CheckCycleUnit.HOUR) {
                return true;
            }
            String missing = schedule.workStartTime() == null ? "workStartTime"
                    : schedule.workEndTime() == null ? "workEndTime" : null;
            if (missing == null) {
                return true;
            }
            return FieldViolations.refuse(context, missing, "{dualprevention.schedule.work-window}");
        }
    }
}
