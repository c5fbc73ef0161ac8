package org.chemsafe.permit.internal;

import java.util.List;
import java.util.Map;

import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words findings and field problems in the caller's language ({@code permit.*} in i18n/permit*.properties). */
@Component
class RuleFindings {

    private final MessageSource messages;

    RuleFindings(MessageSource messages) {
        this.messages = messages;
    }

    /** A 400 validation problem naming each field with its message key, in the caller's language. */
    ProblemException invalid(Map<String, String> messageKeys, String code) {
        List<FieldProblem> problems = messageKeys.entrySet().stream().map(entry -> new FieldProblem(entry.getKey(),
                code, messages.getMessage(entry.getValue(), null, LocaleContextHolder.getLocale()))).toList();
        return new ProblemException(ProblemType.VALIDATION, Map.of("errors", problems), "problem.validation.detail",
                problems.size());
    }

    /** A 400 validation problem naming one field, its message in the caller's language. */
    ProblemException invalid(String field, String code, String messageKey) {
        FieldProblem problem = new FieldProblem(field, code,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        return new ProblemException(ProblemType.VALIDATION, Map.of("errors", List.of(problem)),
                "problem.validation.detail", 1);
    }

    /** The function's name in the caller's language (permit.function.*). */
    String functionName(SigningFunction function) {
        return messages.getMessage("permit.function." + function.name(), null, LocaleContextHolder.getLocale());
    }

    /** The finding's message followed by its clause, as a refusal lists it. */
    String withClause(Finding finding) {
        RuleFinding described = describe(finding);
        return messages.getMessage("permit.rule.with-clause", new Object[] {described.message(), described.clause()},
                LocaleContextHolder.getLocale());
    }

    RuleFinding describe(Finding finding) {
        PermitRule rule = finding.rule();
        return new RuleFinding(rule.name(), rule.clause(), messages.getMessage(rule.messageKey(),
                finding.args().stream().map(String::valueOf).toArray(), LocaleContextHolder.getLocale()));
    }
}
