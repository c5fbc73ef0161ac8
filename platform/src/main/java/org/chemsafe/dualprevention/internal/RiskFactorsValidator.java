package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidRiskFactors} against the method's tables: a missing factor, a value its table does not list (the
 * message lists the allowed values) or a factor of another method is a problem on that factor's field ({@code l},
 * {@code e}, ...).
 */
class RiskFactorsValidator implements ConstraintValidator<ValidRiskFactors, RiskCalculationRequest> {

    private final RiskTables tables;

    RiskFactorsValidator(RiskTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean isValid(@Nullable RiskCalculationRequest request, ConstraintValidatorContext context) {
        if (request == null || request.method() == null) {
            return true;
        }
        boolean valid = true;
        Map<String, BigDecimal> given = request.given();
        for (String factor : request.method().factors()) {
            BigDecimal value = given.get(factor);
            if (value == null) {
                valid = refuse(context, factor, "{dualprevention.factor.required}", "");
            } else if (tables.label(request.method(), factor, value).isEmpty()) {
                String allowed = tables.values(request.method(), factor).stream().map(BigDecimal::toPlainString)
                        .collect(Collectors.joining("、"));
                valid = refuse(context, factor, "{dualprevention.factor.not-in-table}", allowed);
            }
        }
        for (String factor : given.keySet()) {
            if (!request.method().factors().contains(factor)) {
                valid = refuse(context, factor, "{dualprevention.factor.not-of-method}", "");
            }
        }
        return valid;
    }

    private static boolean refuse(ConstraintValidatorContext context, String factor, String message, String allowed) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("allowed", allowed)
                .buildConstraintViolationWithTemplate(message).addPropertyNode(factor.toLowerCase())
                .addConstraintViolation();
        return false;
    }
}
