package org.chemsafe.alarm;

/**
 * What a batch changed: alarms opened, escalated, activated again after their return, repeated while active,
 * returned to normal; and returns for which no alarm was open (ignored).
 */
public record AlarmBatchResult(int raised, int escalated, int reactivated, int repeated, int returned, int ignored) {
}
