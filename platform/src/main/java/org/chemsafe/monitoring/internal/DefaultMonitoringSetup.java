package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.monitoring.MonitoringSetup;
import org.chemsafe.monitoring.internal.collector.modbus.ModbusDeviceSetup;
import org.chemsafe.monitoring.internal.collector.opcua.OpcUaEndpointSetup;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultMonitoringSetup implements MonitoringSetup {

    private final Points points;
    private final PointRepository repository;
    private final HazardUnits hazardUnits;
    private final OpcUaEndpointSetup opcUa;
    private final ModbusDeviceSetup modbus;

    DefaultMonitoringSetup(Points points, PointRepository repository, HazardUnits hazardUnits,
            OpcUaEndpointSetup opcUa, ModbusDeviceSetup modbus) {
        this.points = points;
        this.repository = repository;
        this.hazardUnits = hazardUnits;
        this.opcUa = opcUa;
        this.modbus = modbus;
    }

    @Override
    @Transactional
    public void registerPoint(UUID enterpriseId, NewPoint point) {
        if (repository.tagTaken(enterpriseId, point.tag(), null)) {
            return;
        }
        Limits limits = new Limits(decimal(point.lowLow()), decimal(point.low()), decimal(point.high()),
                decimal(point.highHigh()));
        points.register(Actor.system(), new PointRequest(enterpriseId, point.tag(), point.name(),
                IndicatorType.valueOf(point.indicatorType()), point.unit(), BigDecimal.valueOf(point.rangeLow()),
                BigDecimal.valueOf(point.rangeHigh()), limits, null, point.expectedPeriodSeconds(), null, null,
                linked(enterpriseId, point), point.chemicalId(), point.gatewayCode(),
                new PlanPosition(BigDecimal.valueOf(point.planX()), BigDecimal.valueOf(point.planY())), null, true));
    }

    @Override
    public void ensureOpcUaEndpoint(UUID enterpriseId, String name, String url, Map<String, String> tagByNodeId) {
        opcUa.ensure(enterpriseId, name, url, tagByNodeId);
    }

    @Override
    public void ensureModbusDevice(UUID enterpriseId, String name, String host, int port,
            Map<String, Integer> addressByTag) {
        modbus.ensure(enterpriseId, name, host, port, addressByTag);
    }

    private @Nullable LinkedObject linked(UUID enterpriseId, NewPoint point) {
        if (point.objectKind() == null || point.objectCode() == null) {
            return null;
        }
        LinkedObjectKind kind = LinkedObjectKind.valueOf(point.objectKind());
        if (PointObjects.of(hazardUnits, enterpriseId).find(kind, point.objectCode()) instanceof PointObjects.One one) {
            return new LinkedObject(kind, one.id());
        }
        throw new IllegalArgumentException("The enterprise has no " + kind + " " + point.objectCode());
    }

    private static @Nullable BigDecimal decimal(@Nullable Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
