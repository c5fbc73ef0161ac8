package org.chemsafe.alarm.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.shared.BuiltInRoles;
import org.jspecify.annotations.Nullable;

/**
 * Who is told what about an open alarm at a time, pure: the raise goes to the people on duty (operators and the shift
 * leader); unacknowledged, each step of the ladder reached goes to its people (step 1 the shift leader, 2 the safety
 * manager, 3 the principal and the 包保 people), several steps reached at once as one notice to all of them; between
 * steps a reminder repeats to everyone told so far; acknowledging stops both. Standing active longer than the limit
 * goes once to the safety manager and the principal, acknowledged or not. A shelved, out-of-service or suppressed
 * alarm is told nothing (its progress waits). Times count from the alarm's first raise.
 */
final class EscalationRule {

    /** An open alarm's progress on the ladder: the step reached, when people were last told, the standing flag. */
    record Progress(int step, Instant lastNoticeAt, boolean activeTooLong) {
    }

    /** What the rule needs of the alarm. */
    record Facts(boolean active, boolean acknowledged, boolean shelved, boolean outOfService, boolean suppressed,
            Instant firstRaisedAt) {
    }

    /** One notice: its kind, the roles told, and whether the 包保 people are told too. */
    record Notice(AlarmNotice.Kind kind, int step, Set<String> roles, boolean accountable) {
    }

    /** The progress after now and the notices due. */
    record Decision(Progress progress, List<Notice> notices) {
    }

    private EscalationRule() {
    }

    static Decision decide(@Nullable Progress progress, Facts alarm, EscalationLadder ladder, Instant now) {
        if (alarm.shelved() || alarm.outOfService() || alarm.suppressed()) {
            return new Decision(progress, List.of());
        }
        List<Notice> notices = new ArrayList<>();
        Progress current = progress;
        if (current == null) {
            notices.add(new Notice(AlarmNotice.Kind.RAISED, 0, roles(0, 0), false));
            current = new Progress(0, now, false);
        }
        if (!alarm.acknowledged()) {
            int due = current.step();
            while (due < 3 && reached(ladder.step(due + 1), alarm.firstRaisedAt(), now)) {
                due++;
            }
            if (due > current.step()) {
                notices.add(new Notice(AlarmNotice.Kind.ESCALATED, due, roles(current.step() + 1, due), due == 3));
                current = new Progress(due, now, current.activeTooLong());
            } else if (progress != null && ladder.reminderMinutes() != null && reached(
                    Duration.ofMinutes(ladder.reminderMinutes()), current.lastNoticeAt(), now)) {
                notices.add(new Notice(AlarmNotice.Kind.REMINDER, current.step(), roles(0, current.step()),
                        current.step() == 3));
                current = new Progress(current.step(), now, current.activeTooLong());
            }
        }
        if (alarm.active() && !current.activeTooLong() && ladder.activeLimitMinutes() != null
                && reached(Duration.ofMinutes(ladder.activeLimitMinutes()), alarm.firstRaisedAt(), now)) {
            notices.add(new Notice(AlarmNotice.Kind.ACTIVE_TOO_LONG, current.step(),
                    Set.of(BuiltInRoles.SAFETY_MANAGER, BuiltInRoles.ENTERPRISE_PRINCIPAL), false));
            current = new Progress(current.step(), now, true);
        }
        return new Decision(current, notices);
    }

    /** The roles of the steps from {@code first} to {@code last} (step 0: the people on duty). */
    static Set<String> roles(int first, int last) {
        Set<String> roles = new LinkedHashSet<>();
        for (int step = first; step <= last; step++) {
            switch (step) {
                case 0 -> {
                    roles.add(BuiltInRoles.OPERATOR);
                    roles.add(BuiltInRoles.SHIFT_LEADER);
                }
                case 1 -> roles.add(BuiltInRoles.SHIFT_LEADER);
                case 2 -> roles.add(BuiltInRoles.SAFETY_MANAGER);
                case 3 -> roles.add(BuiltInRoles.ENTERPRISE_PRINCIPAL);
                default -> throw new IllegalArgumentException("a ladder has steps 0 to 3: " + step);
            }
        }
        return roles;
    }

    private static boolean reached(@Nullable Duration after, Instant since, Instant now) {
        return after != null && !now.isBefore(since.plus(after));
    }
}
