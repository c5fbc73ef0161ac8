package org.chemsafe.identity.internal;

import static org.chemsafe.shared.BuiltInRoles.CONTRACTOR;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.OPERATOR;
import static org.chemsafe.shared.BuiltInRoles.PLATFORM_ADMIN;
import static org.chemsafe.shared.BuiltInRoles.REGION_SUPERVISOR;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;
import static org.chemsafe.shared.BuiltInRoles.SHIFT_LEADER;

import java.util.Collection;
import java.util.List;

/**
 * The order of the built-in roles, highest first: the platform administrator above everyone, then the government
 * chain (region supervisor) and the enterprise chain (principal, safety manager, shift leader, operator,
 * contractor). A user may grant only roles at or below its own highest role and may not manage a user whose highest
 * role is above its own. A role missing here ranks lowest.
 */
final class RoleHierarchy {

    private static final List<String> ORDER = List.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL,
            SAFETY_MANAGER, SHIFT_LEADER, OPERATOR, CONTRACTOR);

    private RoleHierarchy() {
    }

    /** The rank of a user holding these roles: 0 is the highest; a user without roles ranks below every role. */
    static int rankOf(Collection<String> roles) {
        return roles.stream().mapToInt(RoleHierarchy::rank).min().orElse(Integer.MAX_VALUE);
    }

    /** Whether a user holding {@code own} may grant every one of {@code granted}. */
    static boolean mayGrant(Collection<String> own, Collection<String> granted) {
        int ownRank = rankOf(own);
        return granted.stream().allMatch(role -> rank(role) >= ownRank);
    }

    /** Whether a user holding {@code own} may manage a user holding {@code target} (at or below its own rank). */
    static boolean mayManage(Collection<String> own, Collection<String> target) {
        return rankOf(target) >= rankOf(own);
    }

    private static int rank(String role) {
        int index = ORDER.indexOf(role);
        return index < 0 ? ORDER.size() : index;
    }
}
