package org.chemsafe.simulator;

import java.util.List;

/** Where a tick's published samples go: the platform's MQTT broker or its HTTP telemetry endpoint. */
public interface SampleSink extends AutoCloseable {

    /**
     * Sends the samples as one gateway's message and answers whether the platform acknowledged them (a PUBACK or a
     * 202); a failure is logged, never thrown, so the simulator keeps ticking.
     */
    boolean send(String gateway, List<Sample> samples);

    @Override
    void close();
}
