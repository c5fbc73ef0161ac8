package org.chemsafe.dualprevention.internal.effectiveness;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the effectiveness model once at start-up (failing the start if it is broken). */
@Configuration(proxyBeanMethods = false)
class EffectivenessConfiguration {

    @Bean
    EffectivenessModel effectivenessModel() {
        return EffectivenessModel.defaults();
    }
}
