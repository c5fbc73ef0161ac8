package org.chemsafe.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Puts a Spring Boot test context on the {@link SharedPostgres} server: the server is registered as the context's
 * embedded PostgreSQL (so the platform's embedded-database configuration uses it instead of starting one) and the
 * context gets its own database. A context that turns the demo data off gets an empty database and migrates it
 * itself; a context with {@code spring.datasource.url} or its own database setting is left alone.
 */
final class SharedDatabaseContextCustomizer implements ContextCustomizer {

    static final String DATABASE_PROPERTY = "chemsafe.embedded-database.database";
    private static final String SERVER_BEAN = "embeddedPostgres";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.containsProperty("spring.datasource.url") || environment.containsProperty(DATABASE_PROPERTY)) {
            return;
        }
        boolean demo = environment.getProperty("chemsafe.demo.enabled", Boolean.class, true);
        String database = demo ? SharedPostgres.copyOfTemplate() : SharedPostgres.emptyDatabase();
        environment.getPropertySources().addFirst(
                new MapPropertySource("sharedTestDatabase", Map.of(DATABASE_PROPERTY, database)));
        registerServer().initialize(context);
    }

    /** Registers the shared server as a plain singleton: closing a context does not stop it. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> registerServer() {
        return context -> context.getBeanFactory().registerSingleton(SERVER_BEAN, SharedPostgres.server());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedDatabaseContextCustomizer;
    }

    @Override
    public int hashCode() {
        return SharedDatabaseContextCustomizer.class.hashCode();
    }
}
