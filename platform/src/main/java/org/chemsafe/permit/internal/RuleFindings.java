package org.chemsafe.permit.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words a finding in the caller's language ({@code permit.rule.<code>} in i18n/permit*.properties). */
@Component
class RuleFindings {

    private final MessageSource messages;

    RuleFindings(MessageSource messages) {
        this.messages = messages;
    }

    RuleFinding describe(Finding finding) {
        PermitRule rule = finding.rule();
        return new RuleFinding(rule.name(), rule.clause(), messages.getMessage(rule.messageKey(),
                finding.args().stream().map(String::valueOf).toArray(), LocaleContextHolder.getLocale()));
    }
}
