package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The lifecycle's answer to a step: the status it leads to, or the rule that refuses it (a message key) with the
 * rule's arguments.
 */
public record LifecycleVerdict(@Nullable HiddenDangerStatus next, @Nullable String refusal, List<String> args) {

    static LifecycleVerdict moveTo(HiddenDangerStatus next) {
        return new LifecycleVerdict(next, null, List.of());
    }

    static LifecycleVerdict refuse(String rule, String... args) {
        return new LifecycleVerdict(null, rule, List.of(args));
    }

    public boolean refused() {
        return refusal != null;
    }
}
