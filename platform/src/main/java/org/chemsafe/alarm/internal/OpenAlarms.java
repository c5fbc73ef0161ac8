package org.chemsafe.alarm.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.shared.AfterCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The open alarms' ids by originator and type, in memory, loaded from the table on first use. The table stays the
 * truth: the centre locks the rows it finds here and re-reads them, so a stale entry (an alarm closed meanwhile)
 * costs nothing but a miss. Entries change only after the transaction that opened or closed the alarm commits.
 */
@Component
class OpenAlarms {

    private final AlarmRepository alarms;
    private volatile @Nullable Map<AlarmKey, UUID> open;

    OpenAlarms(AlarmRepository alarms) {
        this.alarms = alarms;
    }

    @Nullable UUID find(AlarmKey key) {
        return index().get(key);
    }

    /** Remembers the opened alarm once the current transaction commits. */
    void opened(AlarmKey key, UUID id) {
        AfterCommit.run(() -> index().put(key, id));
    }

    /** Forgets the closed alarm once the current transaction commits (unless its key already names a newer one). */
    void closed(AlarmKey key, UUID id) {
        AfterCommit.run(() -> index().remove(key, id));
    }

    private Map<AlarmKey, UUID> index() {
        Map<AlarmKey, UUID> loaded = open;
        if (loaded == null) {
            synchronized (this) {
                loaded = open;
                if (loaded == null) {
                    loaded = new ConcurrentHashMap<>(alarms.openKeys());
                    open = loaded;
                }
            }
        }
        return loaded;
    }
}
