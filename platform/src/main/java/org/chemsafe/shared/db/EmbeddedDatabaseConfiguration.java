package org.chemsafe.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose data directory lives under {@code chemsafe.data-dir} and
 * survives restarts. It is started only when no {@code spring.datasource.url} is configured; with one set, Spring
 * Boot's ordinary data source is used and nothing embedded runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        Path dataDirectory = settings.directory();
        Files.createDirectories(dataDirectory);
        log.info("Starting the embedded PostgreSQL in {}", dataDirectory.toAbsolutePath());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(settings.cleanOnShutdown())
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
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(ApplicationRole.NAME, "postgres"));
        config.setUsername(ApplicationRole.NAME);
        config.setPassword(ApplicationRole.ensure(postgres.getPostgresDatabase()));
        config.setMaximumPoolSize(20);
        config.setPoolName("chemsafe-embedded");
        // the database is on this machine: waiting long for a connection only delays a shutdown
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /** Migrations run as the owner ({@code postgres}), who creates the tables and their policies. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
    }

    /** Marks the data source as the embedded one, so defaults such as demo data can follow it. */
    @Bean
    EmbeddedDatabase embeddedDatabaseMarker(DataSource dataSource) {
        return new EmbeddedDatabase();
    }
}
