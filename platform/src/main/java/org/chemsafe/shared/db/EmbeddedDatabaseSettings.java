package org.chemsafe.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code chemsafe.embedded-database.*}).
 *
 * @param directory       where the database lives; set in application.yml to the {@code postgres} folder of {@code chemsafe.data-dir}
 * @param port            a fixed port, or 0 for any free port
 * @param cleanOnShutdown delete the data directory on shutdown (tests only)
 * @param database        the database the platform uses on the server
 */
@ConfigurationProperties("chemsafe.embedded-database")
public record EmbeddedDatabaseSettings(Path directory,
        @DefaultValue("0") int port, @DefaultValue("false") boolean cleanOnShutdown,
        @DefaultValue("postgres") String database) {
}
