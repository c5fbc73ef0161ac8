package org.chemsafe.shared;

/** What a user's data scope covers: the whole platform, one region subtree, or one enterprise. */
public enum ScopeKind {
    PLATFORM,
    REGION,
    ENTERPRISE
}
