package org.chemsafe.permit.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The facts a work type needs are given, and the planned end follows the start (see {@link WorkFactsValidator}). */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WorkFactsValidator.class)
@interface ValidWorkFacts {

    String message() default "{permit.facts.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
