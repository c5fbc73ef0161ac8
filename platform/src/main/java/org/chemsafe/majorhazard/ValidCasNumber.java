package org.chemsafe.majorhazard;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chemsafe.majorhazard.internal.CasNumberValidator;

/**
 * A CAS registry number {@code nnnnnnn-nn-n} whose check digit is right. Null and blank are valid (absent).
 */
@Documented
@Target({ METHOD, FIELD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = CasNumberValidator.class)
public @interface ValidCasNumber {

    String message() default "{majorhazard.substance.cas}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
