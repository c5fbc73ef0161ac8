package org.chemsafe.alarm.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The lifecycle's answer to a step: the next state and the transitions it records, or the refusal. */
record LifecycleVerdict(AlarmState state, List<TransitionKind> transitions, @Nullable AlarmRefusal refusal) {

    static LifecycleVerdict moved(AlarmState next, TransitionKind... kinds) {
        return new LifecycleVerdict(next, List.of(kinds), null);
    }

    static LifecycleVerdict refused(AlarmState unchanged, AlarmRefusal refusal) {
        return new LifecycleVerdict(unchanged, List.of(), refusal);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
