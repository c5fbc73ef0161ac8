package org.chemsafe.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /**
     * Whether the current request's caller holds the permission, for a rule inside an operation that a permission
     * decides (a whole endpoint is guarded with {@code @PreAuthorize} instead). Work without a caller holds none.
     */
    public static boolean holds(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> permission.equals(authority.getAuthority()));
    }

    /** The current actor; only called behind an authenticated endpoint. */
    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }
}
