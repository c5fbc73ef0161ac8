package org.chemsafe.monitoring.internal.collector.opcua;

/** The security policies the collector can use; only None for now (signing and encryption need certificates). */
enum OpcUaSecurityPolicy {
    NONE
}
