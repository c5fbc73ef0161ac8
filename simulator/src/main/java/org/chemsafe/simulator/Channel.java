package org.chemsafe.simulator;

/**
 * How a point's samples reach the platform: published as telemetry JSON (over MQTT, or HTTP when run standalone),
 * served by the simulator's OPC UA server for the platform's collector, or held in the simulator's Modbus TCP server's
 * holding registers for the platform's poller.
 */
public enum Channel {
    PUBLISHED, OPC_UA, MODBUS
}
