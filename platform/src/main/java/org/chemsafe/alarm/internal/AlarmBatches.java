package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.alarm.AlarmBatchResult;
import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link AlarmCentre}: applies a batch of condition changes in order, in one transaction. The open alarms the
 * batch touches are found in {@link OpenAlarms}, locked and read in one statement, moved by the
 * {@link AlarmLifecycle} in memory (raises also counted in the {@link ChatterWindow}, which flags a chattering
 * alarm), and written back with one batched insert, update and transition append each.
 * Batches run one at a time (a new alarm's key must not be opened twice); people's steps on an alarm lock its row,
 * so they and the batches never overwrite each other.
 */
@Service
class AlarmBatches implements AlarmCentre {

    private final AlarmRepository alarms;
    private final OpenAlarms open;
    private final TransactionTemplate transactions;
    private final ChatterWindow chatter;
    private final Clock clock;

    AlarmBatches(AlarmRepository alarms, OpenAlarms open, TransactionTemplate transactions, AlarmSettings settings,
            Clock clock) {
        this.alarms = alarms;
        this.open = open;
        this.transactions = transactions;
        this.chatter = new ChatterWindow(settings.chatterRaises(), settings.chatterWindow());
        this.clock = clock;
    }

    @Override
    public synchronized AlarmBatchResult apply(List<? extends AlarmSignal> signals) {
        if (signals.isEmpty()) {
            return new AlarmBatchResult(0, 0, 0, 0, 0, 0);
        }
        return transactions.execute(status -> new Batch().run(signals));
    }

    /** The work of one batch: the alarms as they stand, what changed, and the counts. */
    private final class Batch {

        private final Map<AlarmKey, AlarmRecord> current = new HashMap<>();
        private final Map<UUID, AlarmRecord> created = new LinkedHashMap<>();
        private final Map<UUID, AlarmRecord> changed = new LinkedHashMap<>();
        private final Set<UUID> stored = new HashSet<>();
        private final List<AlarmRepository.Appended> transitions = new ArrayList<>();
        private int raised;
        private int escalated;
        private int reactivated;
        private int repeated;
        private int returned;
        private int ignored;

        AlarmBatchResult run(List<? extends AlarmSignal> signals) {
            Map<AlarmKey, UUID> known = new HashMap<>();
            for (AlarmSignal signal : signals) {
                AlarmKey key = new AlarmKey(signal.originator(), signal.type());
                UUID id = open.find(key);
                if (id != null) {
                    known.put(key, id);
                }
            }
            Map<UUID, AlarmRecord> locked = alarms.lockOpen(known.values());
            known.forEach((key, id) -> {
                AlarmRecord alarm = locked.get(id);
                if (alarm != null) {
                    current.put(key, alarm);
                    stored.add(id);
                }
            });
            signals.forEach(this::apply);
            Instant now = clock.instant();
            alarms.insertAll(List.copyOf(created.values()), now);
            alarms.updateAll(List.copyOf(changed.values()), now);
            alarms.appendAll(transitions);
            created.values().forEach(alarm -> open.opened(alarm.key(), alarm.id()));
            return new AlarmBatchResult(raised, escalated, reactivated, repeated, returned, ignored);
        }

        private void apply(AlarmSignal signal) {
            AlarmKey key = new AlarmKey(signal.originator(), signal.type());
            AlarmRecord alarm = current.get(key);
            if (signal instanceof AlarmSignal.Raise raise) {
                if (alarm == null) {
                    AlarmRecord opened = new AlarmRecord(UUID.randomUUID(), raise.enterpriseId(), raise.originator(),
                            raise.label(), raise.type(), AlarmLifecycle.open(raise), raise.links(), false, null);
                    raised++;
                    chatter.raised(opened.id(), raise.at());
                    keep(key, opened, List.of(TransitionKind.RAISED), raise.at());
                    return;
                }
                LifecycleVerdict verdict = AlarmLifecycle.raise(alarm.state(), raise);
                List<TransitionKind> kinds = verdict.transitions();
                if (kinds.isEmpty()) {
                    repeated++;
                } else if (kinds.contains(TransitionKind.ESCALATED)) {
                    escalated++;
                } else {
                    reactivated++;
                }
                AlarmRecord next = alarm.with(verdict.state());
                if (kinds.contains(TransitionKind.RAISED) && chatter.raised(alarm.id(), raise.at())
                        && !alarm.chattering()) {
                    next = next.flaggedChattering();
                    kinds = append(kinds, TransitionKind.CHATTERING);
                }
                keep(key, next, kinds, raise.at());
            } else if (alarm == null || !alarm.state().active()) {
                ignored++;
            } else {
                returned++;
                LifecycleVerdict verdict = AlarmLifecycle.returned(alarm.state());
                keep(key, alarm.with(verdict.state()), verdict.transitions(), signal.at());
            }
        }

        private static List<TransitionKind> append(List<TransitionKind> kinds, TransitionKind kind) {
            List<TransitionKind> more = new ArrayList<>(kinds);
            more.add(kind);
            return more;
        }

        private void keep(AlarmKey key, AlarmRecord alarm, List<TransitionKind> kinds, Instant at) {
            current.put(key, alarm);
            (stored.contains(alarm.id()) ? changed : created).put(alarm.id(), alarm);
            for (TransitionKind kind : kinds) {
                transitions.add(new AlarmRepository.Appended(alarm.id(), alarm.enterpriseId(),
                        new Transition(kind, at, null, Actor.system().name(), alarm.state().condition(),
                                alarm.state().severity(), null)));
            }
        }
    }
}
