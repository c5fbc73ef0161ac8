package org.chemsafe.monitoring.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A point's range and limits are ordered and its gas-detector limits within the standard (see the validator). */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PointValidator.class)
@interface ValidPoint {

    String message() default "{monitoring.point.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
