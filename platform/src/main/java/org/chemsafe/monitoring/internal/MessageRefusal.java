package org.chemsafe.monitoring.internal;

/**
 * Why a whole MQTT message stored nothing (a bad sample inside a good message is a {@link RejectionReason}). Counted
 * in {@code chemsafe.telemetry.rejected} under the gateway {@code -}, one per message, and logged; the endpoint keeps
 * reading from the connection, except where said.
 */
enum MessageRefusal {
    /** The payload is not JSON, or not of the request's shape ({@code samples} not a list, …). */
    MALFORMED_JSON,
    /** JSON of the right shape breaking a rule of the HTTP body (no samples, too many, a bad gateway code). */
    INVALID_BATCH,
    /** Published to a topic other than {@value MqttSettings#TOPIC}. */
    BAD_TOPIC,
    /** QoS 2: the endpoint promises at least once, not exactly once. The connection is closed. */
    UNSUPPORTED_QOS,
    /** A packet the decoder could not read, or larger than the configured maximum. The connection is closed. */
    MALFORMED_PACKET
}
