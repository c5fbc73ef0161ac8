package org.chemsafe.majorhazard.internal;

import org.chemsafe.majorhazard.MajorHazardCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the GB 18218-2018 tables once at startup (failing the start if they are broken) and offers the engine. */
@Configuration(proxyBeanMethods = false)
class MajorHazardConfiguration {

    @Bean
    MajorHazardCalculator majorHazardCalculator() {
        return new Gb18218Engine(Gb18218TablesLoader.load());
    }
}
