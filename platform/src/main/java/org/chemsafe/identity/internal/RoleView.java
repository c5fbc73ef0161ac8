package org.chemsafe.identity.internal;

import java.util.List;

import org.chemsafe.shared.ScopeKind;

/** A role, its name in the caller's language, the scope kind it applies to and its permissions. */
record RoleView(String code, String name, ScopeKind scopeKind, List<String> permissions) {
}
