package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Who receives a notice: the enterprise's enabled users holding its roles, plus the users it names. The roles of the
 * people on duty ({@link #DUTY_ROLES}: operators and shift leaders) are narrowed by the duty shifts: while shifts
 * cover the notice's time, such a role goes to the shift members holding it; a role none of them holds (nobody was
 * rostered for it) goes to everyone holding it, so a notice never goes to nobody because of a roster.
 */
@Component
class DutyRecipients {

    static final Set<String> DUTY_ROLES = Set.of("OPERATOR", "SHIFT_LEADER");

    private final UserDirectory users;
    private final DutyShiftRepository shifts;

    DutyRecipients(UserDirectory users, DutyShiftRepository shifts) {
        this.users = users;
        this.shifts = shifts;
    }

    List<UserSummary> recipients(UUID enterpriseId, Set<String> roles, Set<UUID> userIds, Instant at) {
        Set<String> dutyRoles = new HashSet<>(roles);
        dutyRoles.retainAll(DUTY_ROLES);
        Set<UUID> onDuty = dutyRoles.isEmpty() ? Set.of() : Set.copyOf(shifts.onDuty(enterpriseId, at));
        if (onDuty.isEmpty()) {
            return users.recipients(enterpriseId, roles, userIds);
        }
        Set<String> otherRoles = new HashSet<>(roles);
        otherRoles.removeAll(DUTY_ROLES);
        Map<UUID, UserSummary> chosen = new LinkedHashMap<>();
        users.recipients(enterpriseId, otherRoles, userIds).forEach(user -> chosen.put(user.id(), user));
        for (String role : dutyRoles) {
            List<UserSummary> holders = users.recipients(enterpriseId, Set.of(role), Set.of());
            List<UserSummary> rostered = holders.stream().filter(user -> onDuty.contains(user.id())).toList();
            (rostered.isEmpty() ? holders : rostered).forEach(user -> chosen.putIfAbsent(user.id(), user));
        }
        return List.copyOf(chosen.values());
    }
}
