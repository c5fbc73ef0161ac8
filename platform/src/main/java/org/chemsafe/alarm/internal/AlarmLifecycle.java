package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.jspecify.annotations.Nullable;

/**
 * An alarm's lifecycle as a pure state machine (ISA-18.2 / IEC 62682 states, ThingsBoard's one open alarm per
 * originator and type):
 * <ul>
 * <li>a raise of an active alarm is a repeat (one more occurrence, no transition) unless its condition ranks higher
 * ({@code HIGH} → {@code HIGH_HIGH}): then the alarm escalates and must be acknowledged again; a raise of a returned
 * alarm activates it again, unacknowledged (a new excursion of the same open alarm); condition and severity only
 * rise while the alarm is open;
 * <li>a return marks the alarm returned to normal (inactive); acknowledging is independent of it;
 * <li>shelving hides the alarm until its expiry, changing nothing else; taking it out of service hides it until it
 * is returned to service;
 * <li>disposal (处置) is refused while the alarm is active or unacknowledged; once accepted it closes the alarm
 * (销警), which ends any shelf and out-of-service. A closed alarm takes no further step: the next raise opens a new alarm.
 * </ul>
 * So no path closes an alarm that is active or unacknowledged.
 */
final class AlarmLifecycle {

    private AlarmLifecycle() {
    }

    /** The state of a newly raised alarm. */
    static AlarmState open(AlarmSignal.Raise raise) {
        return new AlarmState(raise.condition(), raise.severity(), raise.gasLevel(), true, false, null, null,
                raise.suppressedBy(), false, 1, raise.at(), raise.at());
    }

    static LifecycleVerdict raise(AlarmState state, AlarmSignal.Raise raise) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        boolean higher = raise.condition().rank() > state.condition().rank();
        AlarmCondition condition = higher ? raise.condition() : state.condition();
        AlarmSeverity severity = state.severity().atLeast(raise.severity());
        Instant lastSeen = raise.at().isAfter(state.lastSeenAt()) ? raise.at() : state.lastSeenAt();
        boolean renewed = higher || !state.active();
        AlarmState next = new AlarmState(condition, severity, higherLevel(state.gasLevel(), raise.gasLevel()), true,
                state.acknowledged() && !renewed, state.shelf(), state.outOfService(), raise.suppressedBy(), false,
                state.occurrences() + 1, state.firstRaisedAt(), lastSeen);
        if (!state.active()) {
            return LifecycleVerdict.moved(next, TransitionKind.RAISED);
        }
        return higher ? LifecycleVerdict.moved(next, TransitionKind.ESCALATED) : LifecycleVerdict.moved(next);
    }

    static LifecycleVerdict returned(AlarmState state) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        return state.active() ? LifecycleVerdict.moved(state.withActive(false), TransitionKind.RETURNED)
                : LifecycleVerdict.moved(state);
    }

    static LifecycleVerdict acknowledge(AlarmState state) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (state.acknowledged()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.ALREADY_ACKNOWLEDGED);
        }
        return LifecycleVerdict.moved(state.withAcknowledged(true), TransitionKind.ACKNOWLEDGED);
    }

    static LifecycleVerdict shelve(AlarmState state, Shelf shelf) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (state.shelved()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.ALREADY_SHELVED);
        }
        return LifecycleVerdict.moved(state.withShelf(shelf), TransitionKind.SHELVED);
    }

    static LifecycleVerdict unshelve(AlarmState state) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (!state.shelved()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.NOT_SHELVED);
        }
        return LifecycleVerdict.moved(state.withShelf(null), TransitionKind.UNSHELVED);
    }

    static LifecycleVerdict takeOutOfService(AlarmState state, OutOfService outOfService) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (!state.inService()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.ALREADY_OUT_OF_SERVICE);
        }
        return LifecycleVerdict.moved(state.withOutOfService(outOfService), TransitionKind.OUT_OF_SERVICE);
    }

    static LifecycleVerdict returnToService(AlarmState state) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (state.inService()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.IN_SERVICE);
        }
        return LifecycleVerdict.moved(state.withOutOfService(null), TransitionKind.IN_SERVICE);
    }

    /** An expired shelf returns the alarm to the console; a shelf still running changes nothing. */
    static LifecycleVerdict expire(AlarmState state, Instant now) {
        Shelf shelf = state.shelf();
        if (state.closed() || shelf == null || shelf.until().isAfter(now)) {
            return LifecycleVerdict.moved(state);
        }
        return unshelve(state);
    }

    static LifecycleVerdict dispose(AlarmState state) {
        if (state.closed()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.CLOSED);
        }
        if (state.active()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.STILL_ACTIVE);
        }
        if (!state.acknowledged()) {
            return LifecycleVerdict.refused(state, AlarmRefusal.UNACKNOWLEDGED);
        }
        List<TransitionKind> steps = new ArrayList<>();
        if (state.shelved()) {
            steps.add(TransitionKind.UNSHELVED);
        }
        if (!state.inService()) {
            steps.add(TransitionKind.IN_SERVICE);
        }
        steps.add(TransitionKind.DISPOSED);
        steps.add(TransitionKind.CLOSED);
        return LifecycleVerdict.moved(state.closedNow(), steps.toArray(TransitionKind[]::new));
    }

    private static @Nullable Integer higherLevel(@Nullable Integer current, @Nullable Integer raised) {
        if (current == null) {
            return raised;
        }
        return raised == null ? current : Math.max(current, raised);
    }
}
