package org.chemsafe.alarm;

import java.util.List;

/**
 * The alarm centre's entry point for other modules. A batch of condition changes is applied in order, in one
 * transaction: a raise creates the one open alarm of its originator and type or updates it (a repeat counts an
 * occurrence, a higher-ranked condition escalates it, a raise after its return activates it again); a return
 * marks it returned. After an alarm is closed the next raise opens a new one. Open alarms are found in memory, so a
 * batch costs one locking read of the open alarms it touches and batched writes, not a statement per change.
 */
public interface AlarmCentre {

    AlarmBatchResult apply(List<? extends AlarmSignal> signals);
}
