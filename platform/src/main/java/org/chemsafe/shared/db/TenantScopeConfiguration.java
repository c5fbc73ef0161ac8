package org.chemsafe.shared.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every data source of the platform (embedded or external) hands out connections carrying the tenant scope. */
@Configuration(proxyBeanMethods = false)
class TenantScopeConfiguration {

    @Bean
    static BeanPostProcessor tenantScopeDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof TenantScopeDataSource)
                        ? new TenantScopeDataSource(dataSource) : bean;
            }
        };
    }
}
