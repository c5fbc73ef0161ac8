package org.chemsafe.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Role names in the caller's language (Chinese unless English is asked for). */
@Component
class RoleNames {

    private final RoleRepository roles;

    RoleNames(RoleRepository roles) {
        this.roles = roles;
    }

    List<RoleRef> refs(Collection<String> codes) {
        Map<String, Role> byCode = roles.byCode();
        return codes.stream().filter(byCode::containsKey).map(code -> ref(byCode.get(code))).toList();
    }

    static RoleRef ref(Role role) {
        return new RoleRef(role.code(), name(role));
    }

    static String name(Role role) {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? role.nameEn()
                : role.nameZh();
    }
}
