package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.CollectorThreads;
import org.chemsafe.monitoring.internal.collector.SourceCollectors;
import org.chemsafe.shared.DataScope;
import org.springframework.stereotype.Component;

/** One poller per enabled Modbus TCP device ({@link ModbusPoller}), restarted after each change. */
@Component
class ModbusPollers extends SourceCollectors<StoredDevice> {

    private final ModbusDeviceRepository devices;
    private final CollectedSamples samples;
    private final CollectorThreads threads;
    private final CollectorSettings settings;
    private final Clock clock;

    ModbusPollers(ModbusDeviceRepository devices, CollectedSamples samples, CollectorThreads threads,
            CollectorSettings settings, Clock clock) {
        super(settings);
        this.devices = devices;
        this.samples = samples;
        this.threads = threads;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected List<StoredDevice> enabledSources() {
        return devices.enabled();
    }

    @Override
    protected Optional<StoredDevice> enabledSource(UUID id) {
        return devices.findVisible(id, DataScope.platform()).filter(StoredDevice::enabled);
    }

    @Override
    protected UUID idOf(StoredDevice device) {
        return device.id();
    }

    @Override
    protected Running open(StoredDevice device) {
        return new ModbusPoller(device, samples, threads.scheduler(), settings, clock);
    }
}
