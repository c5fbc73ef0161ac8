package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Clock;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.CollectorThreads;
import org.chemsafe.monitoring.internal.collector.SourceCollectors;
import org.springframework.stereotype.Component;

/** One poller per enabled Modbus TCP device ({@link ModbusPoller}), restarted after each change. */
@Component
class ModbusPollers extends SourceCollectors<StoredDevice> {

    ModbusPollers(ModbusDeviceRepository devices, CollectedSamples samples, CollectorThreads threads,
            CollectorSettings settings, Clock clock) {
        super(settings, new Sources<>(devices::enabled, devices::findEnabled, StoredDevice::id,
                device -> new ModbusPoller(device, samples, threads.scheduler(), settings, clock)));
    }
}
