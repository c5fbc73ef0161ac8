package org.chemsafe.permit.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A gas check names a type that analyses gas, its grade where it has one, and one moment (see the validator). */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = GasCheckValidator.class)
@interface ValidGasCheck {

    String message() default "{permit.gas.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
