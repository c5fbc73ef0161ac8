package org.chemsafe.alarm.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Each ladder's steps in order (first < second < third) and one ladder per severity. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LadderValidator.class)
@interface ValidLadders {

    String message() default "{alarm.ladder.order}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
