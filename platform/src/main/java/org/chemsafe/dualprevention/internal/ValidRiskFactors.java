package org.chemsafe.dualprevention.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The method's factors are given, each a value of its table, and no other factor (see the validator). */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = RiskFactorsValidator.class)
@interface ValidRiskFactors {

    String message() default "{dualprevention.factor.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
