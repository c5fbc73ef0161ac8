package org.chemsafe.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs a change of in-memory state once the current transaction commits (at once outside a transaction). */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    change.run();
                }
            });
        } else {
            change.run();
        }
    }
}
