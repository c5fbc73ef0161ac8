package org.chemsafe.monitoring.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every {@code chemsafe.telemetry.maintenance-interval} (0 turns it off): seals the landing segment once it is due,
 * compacts the sealed ones, drops the partitions past retention and adds a check to each enterprise's online rate of
 * the day, on one background thread. A failure is logged
 * and tried again at the next run (compaction is one transaction per segment).
 */
@Component
class TelemetryMaintenance implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryMaintenance.class);

    private final RawWriter writer;
    private final Compactor compactor;
    private final TelemetryRetention retention;
    private final OnlineRates onlineRates;
    private final TelemetryStoreSettings settings;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telemetry-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    TelemetryMaintenance(RawWriter writer, Compactor compactor, TelemetryRetention retention, OnlineRates onlineRates,
            TelemetryStoreSettings settings) {
        this.onlineRates = onlineRates;
        this.writer = writer;
        this.compactor = compactor;
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        long interval = settings.maintenanceInterval().toMillis();
        if (interval > 0) {
            executor.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private void run() {
        try {
            writer.sealIfDue();
            long compacted = compactor.compactSealed();
            if (compacted > 0) {
                LOG.info("compacted {} telemetry samples", compacted);
            }
            retention.run();
            onlineRates.check();
        } catch (Exception failed) {
            LOG.error("telemetry maintenance failed; trying again at the next run", failed);
        }
    }
}
