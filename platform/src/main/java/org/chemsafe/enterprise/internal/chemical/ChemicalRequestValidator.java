package org.chemsafe.enterprise.internal.chemical;

import java.util.List;

import org.chemsafe.enterprise.CasNumber;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a {@link ChemicalRequest} that annotations cannot express, reported as field errors (400): a name
 * unless linked to Table 1 and no own name or CAS when linked, the CAS format and check digit, and hazard categories
 * known to GB 18218-2018 Table 2.
 */
@Component
class ChemicalRequestValidator implements Validator {

    private final HazardCategories categories;
    private final MessageSourceAccessor messages;

    ChemicalRequestValidator(HazardCategories categories, MessageSource messageSource) {
        this.categories = categories;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public boolean supports(Class<?> type) {
        return ChemicalRequest.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ChemicalRequest request = (ChemicalRequest) target;
        if (request.referenceChemicalId() == null) {
            if (request.name() == null) {
                reject(errors, "name", "required", "chemical.name.required");
            }
        } else {
            if (request.name() != null) {
                reject(errors, "name", "inherited", "chemical.reference.inherited");
            }
            if (request.cas() != null) {
                reject(errors, "cas", "inherited", "chemical.reference.inherited");
            }
        }
        String cas = request.cas();
        if (cas != null && !CasNumber.hasValidFormat(cas)) {
            reject(errors, "cas", "format", "chemical.cas.format");
        } else if (cas != null && !CasNumber.isValid(cas)) {
            reject(errors, "cas", "checkDigit", "chemical.cas.check-digit",
                    CasNumber.checkDigit(cas.substring(0, cas.length() - 2).replace("-", "")));
        }
        List<String> codes = request.hazardCategories();
        for (int i = 0; i < codes.size(); i++) {
            if (!categories.isKnown(codes.get(i))) {
                reject(errors, "hazardCategories[" + i + "]", "unknown", "chemical.hazard-category.unknown",
                        codes.get(i));
            }
        }
    }

    private void reject(Errors errors, String field, String code, String messageKey, Object... args) {
        errors.rejectValue(field, code, args, messages.getMessage(messageKey, args));
    }
}
