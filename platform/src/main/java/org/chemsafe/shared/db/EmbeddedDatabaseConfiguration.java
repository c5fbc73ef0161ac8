package org.chemsafe.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose data directory lives under {@code chemsafe.data-dir} and
 * survives restarts. It is started only when no {@code spring.datasource.url} is configured; with one set, Spring
 * Boot's ordinary data source is used and nothing embedded runs. A server already registered as a bean is used as it
 * is (the tests share one per JVM and give each application context its own database on it).
 * <p>
 * Shutdown order: the database is a bean that the pool depends on, so Spring closes it last, after the web server,
 * the event publication registry and the pool. Zonky's own JVM shutdown hook is off: it would stop PostgreSQL in
 * parallel with Spring's hook, under a context still using it (pool warnings, a registry waiting for connections).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofMinutes(2);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        Path dataDirectory = settings.directory();
        Files.createDirectories(dataDirectory);
        OrphanedPostmaster.stopIfAny(dataDirectory, ORPHAN_STOP_WAIT);
        log.info("Starting the embedded PostgreSQL in {}", dataDirectory.toAbsolutePath());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(settings.cleanOnShutdown())
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        try {
            return builder.start();
        } catch (IOException ex) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + dataDirectory, ex);
        }
    }

    /** The platform connects as {@link ApplicationRole}, which row-level security applies to. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        DataSource owner = postgres.getDatabase("postgres", settings.database());
        config.setJdbcUrl(postgres.getJdbcUrl(ApplicationRole.NAME, settings.database()));
        config.setUsername(ApplicationRole.NAME);
        config.setPassword(ApplicationRole.ensure(owner));
        config.setMaximumPoolSize(20);
        config.setPoolName("chemsafe-embedded");
        // the database is on this machine: waiting long for a connection only delays a shutdown
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /** Migrations run as the owner ({@code postgres}), who creates the tables and their policies. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres, EmbeddedDatabaseSettings settings) {
        return configuration -> configuration.dataSource(postgres.getDatabase("postgres", settings.database()));
    }

    /** Marks the data source as the embedded one, so defaults such as demo data can follow it. */
    @Bean
    EmbeddedDatabase embeddedDatabaseMarker(DataSource dataSource) {
        return new EmbeddedDatabase();
    }
}
