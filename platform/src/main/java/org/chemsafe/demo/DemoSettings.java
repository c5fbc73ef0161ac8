package org.chemsafe.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data ({@code chemsafe.demo.enabled}): on by default with the embedded database, off by default with an
 * external one.
 */
@ConfigurationProperties("chemsafe.demo")
record DemoSettings(@Nullable Boolean enabled) {

    boolean enabledFor(boolean embeddedDatabase) {
        return enabled == null ? embeddedDatabase : enabled;
    }
}
