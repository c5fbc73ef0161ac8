package org.chemsafe.permit.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level constraint's problem on one field, so the 400 problem names that field. */
final class FieldViolations {

    private FieldViolations() {
    }

    /** Adds the violation and answers false, for {@code valid = refuse(...)}. */
    static boolean refuse(ConstraintValidatorContext context, String field, String messageTemplate) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(messageTemplate).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
