package org.chemsafe.monitoring.internal.collector;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The collectors' two scheduler threads: connection attempts, reconnects after the back-off and Modbus polls run
 * here; reads are asynchronous, so two threads serve many sources.
 */
@Component
public class CollectorThreads implements DisposableBean {

    private final AtomicInteger count = new AtomicInteger();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
        Thread thread = new Thread(runnable, "collector-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public CollectorThreads() {
        scheduler.setRemoveOnCancelPolicy(true);
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
