package org.chemsafe.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the modules' {@code @Scheduled} jobs (permit expiry, ...), run on Spring's one scheduler thread. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
