package org.chemsafe.dualprevention.internal;

import org.chemsafe.dualprevention.RiskCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the risk scoring tables and default bands once at start-up (failing the start if they are broken). */
@Configuration(proxyBeanMethods = false)
class DualPreventionConfiguration {

    @Bean
    RiskCalculator riskCalculator() {
        return new RiskScoringEngine(RiskScoringTablesLoader.load());
    }
}
