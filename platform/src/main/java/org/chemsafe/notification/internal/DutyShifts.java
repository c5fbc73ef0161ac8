package org.chemsafe.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises' duty shifts: managers set their own enterprise's; the members must be enabled users of that
 * enterprise; a shift ends after it starts and lasts at most {@link #LONGEST} (a 24-hour duty with its handover).
 * Every read names the caller's scope, so another enterprise's shift is a 404.
 */
@Service
@Transactional
class DutyShifts {

    static final Duration LONGEST = Duration.ofHours(48);

    private final DutyShiftRepository shifts;
    private final EnterpriseAccess access;
    private final UserDirectory users;
    private final Problems problems;
    private final Clock clock;

    DutyShifts(DutyShiftRepository shifts, EnterpriseAccess access, UserDirectory users, Problems problems,
            Clock clock) {
        this.shifts = shifts;
        this.access = access;
        this.users = users;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<DutyShiftView> list(Actor actor, @Nullable UUID enterpriseId, @Nullable Instant from,
            @Nullable Instant to, PageQuery page) {
        PageResult<DutyShift> found = shifts.list(actor.scope(), enterpriseId, from, to, page);
        Map<UUID, String> names = new HashMap<>();
        found.content().stream().collect(Collectors.groupingBy(DutyShift::enterpriseId)).forEach((enterprise,
                ofEnterprise) -> names.putAll(namesOf(enterprise, ofEnterprise.stream()
                        .flatMap(shift -> shift.memberIds().stream()).collect(Collectors.toSet()))));
        return found.map(shift -> view(shift, names));
    }

    @Transactional(readOnly = true)
    DutyShiftView get(Actor actor, UUID id) {
        DutyShift shift = visible(actor, id);
        return view(shift, namesOf(shift.enterpriseId(), Set.copyOf(shift.memberIds())));
    }

    DutyShiftView create(Actor actor, DutyShiftRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        return save(UUID.randomUUID(), enterpriseId, request);
    }

    DutyShiftView change(Actor actor, UUID id, DutyShiftRequest request) {
        return save(id, visible(actor, id).enterpriseId(), request);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        shifts.delete(id);
    }

    private DutyShiftView save(UUID id, UUID enterpriseId, DutyShiftRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw problems.invalid("endsAt", "notification.duty.ends-before-start");
        }
        if (Duration.between(request.startsAt(), request.endsAt()).compareTo(LONGEST) > 0) {
            throw problems.invalid("endsAt", "notification.duty.too-long", LONGEST.toHours());
        }
        Set<UUID> members = new LinkedHashSet<>(request.memberIds());
        Map<UUID, String> names = namesOf(enterpriseId, members);
        for (UUID member : members) {
            if (!names.containsKey(member)) {
                throw problems.invalid("memberIds", "notification.duty.not-a-member", member);
            }
        }
        DutyShift shift = new DutyShift(id, enterpriseId, request.name().strip(), request.startsAt(),
                request.endsAt(), List.copyOf(members), clock.instant());
        shifts.upsert(shift);
        return view(shift, names);
    }

    /** The display names of those of the users who are enabled users of the enterprise. */
    private Map<UUID, String> namesOf(UUID enterpriseId, Set<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.recipients(enterpriseId, Set.of(), userIds).stream()
                .filter(user -> enterpriseId.equals(user.scope().enterpriseId()))
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
    }

    private static DutyShiftView view(DutyShift shift, Map<UUID, String> names) {
        return new DutyShiftView(shift.id(), shift.enterpriseId(), shift.name(), shift.startsAt(), shift.endsAt(),
                shift.memberIds().stream().map(id -> new DutyShiftView.Member(id, names.getOrDefault(id, "")))
                        .toList(), shift.updatedAt());
    }

    private DutyShift visible(Actor actor, UUID id) {
        DutyShift shift = shifts.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("duty-shift", id));
        AuditTarget.concerns(shift.enterpriseId());
        return shift;
    }
}
