package org.chemsafe.enterprise.internal.site;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Makes the servlet's multipart limits ({@code spring.servlet.multipart.*}, 1 MB a file by default) large enough
 * for a plan of {@code chemsafe.sites.max-plan-bytes}, so that the plan endpoint itself decides and answers 413 with
 * a message naming the limit. Limits set higher (or unlimited) elsewhere are kept; only lower ones are raised. A
 * request beyond even these limits is refused by the multipart parser, which {@code ProblemHandler} also answers 413.
 */
@Configuration(proxyBeanMethods = false)
class PlanUploadLimits {

    /** Room above the plan limit so that a slightly larger file still reaches the endpoint's own check. */
    static final long MARGIN_BYTES = DataSize.ofMegabytes(1).toBytes();
    /** Room for the multipart headers and boundaries around the file. */
    static final long ENVELOPE_BYTES = DataSize.ofKilobytes(64).toBytes();

    @Bean
    static BeanPostProcessor planUploadMultipartLimits(Environment environment) {
        long maxPlanBytes = Binder.get(environment).bind("chemsafe.sites.max-plan-bytes", DataSize.class)
                .orElse(DataSize.ofMegabytes(10)).toBytes();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof MultipartConfigElement config ? raised(config, maxPlanBytes) : bean;
            }
        };
    }

    static MultipartConfigElement raised(MultipartConfigElement config, long maxPlanBytes) {
        long fileLimit = atLeast(config.getMaxFileSize(), maxPlanBytes + MARGIN_BYTES);
        long requestLimit = atLeast(config.getMaxRequestSize(), maxPlanBytes + MARGIN_BYTES + ENVELOPE_BYTES);
        if (fileLimit == config.getMaxFileSize() && requestLimit == config.getMaxRequestSize()) {
            return config;
        }
        return new MultipartConfigElement(config.getLocation(), fileLimit, requestLimit,
                config.getFileSizeThreshold());
    }

    /** A limit of at least {@code needed}; negative means unlimited and stays so. */
    private static long atLeast(long limit, long needed) {
        return limit < 0 ? limit : Math.max(limit, needed);
    }
}
