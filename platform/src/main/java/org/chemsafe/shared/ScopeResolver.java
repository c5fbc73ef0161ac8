package org.chemsafe.shared;

/**
 * Resolves a data scope to the enterprises it may see. The enterprise module implements it (it owns regions and
 * enterprises); {@link ScopedJdbc} uses it so that no caller binds a scope by hand.
 */
public interface ScopeResolver {

    /** The enterprises a scope may see: all for the platform, those of the region subtree, or the one enterprise. */
    EnterpriseFilter filterFor(DataScope scope);
}
