package org.chemsafe.identity.internal;

/** A role's code and its name in the caller's language. */
record RoleRef(String code, String name) {
}
