package org.chemsafe.monitoring;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Registers points and collectors for the platform's own set-up (demo data and its simulator), with the same rules as
 * the API but without a caller's scope. Each call is idempotent by the tag or name it registers.
 */
public interface MonitoringSetup {

    /** Registers the point unless the enterprise has its tag already. */
    void registerPoint(UUID enterpriseId, NewPoint point);

    /** Registers an OPC UA endpoint (security None, anonymous) unless the enterprise has one of that name. */
    void ensureOpcUaEndpoint(UUID enterpriseId, String name, String url, Map<String, String> tagByNodeId);

    /**
     * Registers a Modbus TCP device whose tags are big-endian float32 holding registers at the addresses given, polled
     * every second, unless the enterprise has one of that name.
     */
    void ensureModbusDevice(UUID enterpriseId, String name, String host, int port, Map<String, Integer> addressByTag);

    /**
     * A point to register: indicator type and linked object kind by their names ({@code LEVEL}, {@code TANK}), the
     * object by its code, limits each optional (none on a gas detector: the GB/T 50493-2019 defaults), the place on
     * the site plan in pixels.
     */
    record NewPoint(String tag, String name, String indicatorType, @Nullable String unit, double rangeLow,
            double rangeHigh, @Nullable Double lowLow, @Nullable Double low, @Nullable Double high,
            @Nullable Double highHigh, int expectedPeriodSeconds, @Nullable String objectKind,
            @Nullable String objectCode, @Nullable UUID chemicalId, String gatewayCode, double planX, double planY) {
    }
}
