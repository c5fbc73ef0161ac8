package org.chemsafe.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The MQTT telemetry endpoint ({@code chemsafe.mqtt.*}): the port ({@code 0} turns the endpoint off), the address it
 * listens on, the largest packet accepted (a larger one closes the connection: MQTT 3.1.1 has no way to refuse one
 * message), how long a new connection may take to send its CONNECT, and how many QoS 1 messages of one connection
 * may wait for their commit before the endpoint stops reading from it.
 */
@ConfigurationProperties("chemsafe.mqtt")
record MqttSettings(@DefaultValue("1883") int port, @DefaultValue("0.0.0.0") String host,
        @DefaultValue("2MB") DataSize maxMessageSize, @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("64") int maxInFlight) {

    /** The one topic gateways publish to; a message on another topic is counted ({@link MessageRefusal#BAD_TOPIC}). */
    static final String TOPIC = "chemsafe/telemetry";

    boolean enabled() {
        return port != 0;
    }
}
