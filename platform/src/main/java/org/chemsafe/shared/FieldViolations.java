package org.chemsafe.shared;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a class-level constraint's problem on one field of the validated object, so the 400 problem names that
 * field (e.g. a fact that one kind of request needs and another does not).
 */
public final class FieldViolations {

    private FieldViolations() {
    }

    /** Adds the violation and answers false, for {@code valid = refuse(...)}. */
    public static boolean refuse(ConstraintValidatorContext context, String field, String messageTemplate) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(messageTemplate).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
