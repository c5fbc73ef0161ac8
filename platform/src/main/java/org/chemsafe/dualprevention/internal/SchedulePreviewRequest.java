package org.chemsafe.dualprevention.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/**
 * A schedule to preview over a period of at most {@link #LONGEST_PERIOD_DAYS} days.
 *
 * @param from the period's start, ISO-8601 with offset
 * @param to   its end (excluded)
 */
@SchedulePreviewRequest.ValidPeriod
record SchedulePreviewRequest(@NotNull @Valid CheckSchedule schedule, @NotNull OffsetDateTime from,
        @NotNull OffsetDateTime to) {

    static final int LONGEST_PERIOD_DAYS = 366;

    /** {@code to} follows {@code from} within {@link #LONGEST_PERIOD_DAYS} days. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PeriodValidator.class)
    @interface ValidPeriod {

        String message() default "{dualprevention.schedule.period}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link ValidPeriod} on the field {@code to}. */
    static class PeriodValidator implements ConstraintValidator<ValidPeriod, SchedulePreviewRequest> {

        @Override
        public boolean isValid(@Nullable SchedulePreviewRequest request, ConstraintValidatorContext context) {
            if (request == null || request.from() == null || request.to() == null) {
                return true;
            }
            Duration period = Duration.between(request.from(), request.to());
            return !period.isNegative() && !period.isZero()
                    && period.compareTo(Duration.ofDays(LONGEST_PERIOD_DAYS)) <= 0
                    || FieldViolations.refuse(context, "to", "{dualprevention.schedule.period}");
        }
    }
}
