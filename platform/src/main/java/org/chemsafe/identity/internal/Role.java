package org.chemsafe.identity.internal;

import java.util.List;

import org.chemsafe.shared.ScopeKind;

/** A role with the permissions mapped to it in data. */
record Role(String code, String nameZh, String nameEn, ScopeKind scopeKind, List<String> permissions) {
}
