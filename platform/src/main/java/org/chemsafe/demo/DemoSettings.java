package org.chemsafe.demo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code chemsafe.demo.enabled}): on by default with the embedded database, off by default with an
 * external one. With demo data, the plant simulator ({@code chemsafe.demo.simulator.*}) runs in-process unless turned
 * off: it publishes the demo points every {@code period} over MQTT (over HTTP when the MQTT endpoint is off) and serves
 * the chemical plant's OPC UA server and Modbus TCP server on 127.0.0.1 at the ports given (0: a free one).
 */
@ConfigurationProperties("chemsafe.demo")
record DemoSettings(@Nullable Boolean enabled, @DefaultValue Simulator simulator) {

    boolean enabledFor(boolean embeddedDatabase) {
        return enabled == null ? embeddedDatabase : enabled;
    }

    record Simulator(@DefaultValue("true") boolean enabled, @DefaultValue("48400") int opcUaPort,
            @DefaultValue("5020") int modbusPort, @DefaultValue("1s") Duration period) {
    }
}
