package org.chemsafe.majorhazard.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.majorhazard.ValidCasNumber;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidCasNumber}: absent or blank is fine, anything else must be a CAS number with a right check digit. */
public class CasNumberValidator implements ConstraintValidator<ValidCasNumber, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || CasNumber.isValid(value.trim());
    }
}
