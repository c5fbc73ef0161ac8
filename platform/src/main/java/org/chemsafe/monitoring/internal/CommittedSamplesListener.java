package org.chemsafe.monitoring.internal;

/**
 * Told by the {@link RawWriter}, on its thread, of every commit's samples right after the commit and before the
 * requests are acknowledged: the in-memory state of the pipeline (latest values, data quality, alarm rules) is fed
 * here, in batches, never per sample through SQL or events. A listener must be quick and must not block; what it
 * throws is logged and does not fail the commit.
 */
interface CommittedSamplesListener {

    void committed(CommittedSamples samples);
}
