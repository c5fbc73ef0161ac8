package org.chemsafe.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.chemsafe.ChemSafeApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One embedded PostgreSQL per test JVM. The platform is started once against a template database, which leaves it
 * migrated and seeded (reference catalogue, administrator, demo data, the demo's assessments done); every Spring
 * test context then gets its own {@code CREATE DATABASE … TEMPLATE} copy, which takes a fraction of a second instead
 * of a server start, the migrations and the demo seeding. The server stops when the JVM exits.
 *
 * <p>The template is made by the superuser like every database here; roles are cluster-wide, so a role the platform
 * creates for itself exists for every copy, and the copies carry the template's grants.
 */
public final class SharedPostgres {

    static final String TEMPLATE = "chemsafe_template";
    private static final Logger log = LoggerFactory.getLogger(SharedPostgres.class);
    private static final Duration EVENTS_SETTLE = Duration.ofSeconds(60);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private SharedPostgres() {
    }

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "UTC")
                        .setServerConfig("max_connections", "300")
                        // test data need not survive a crash of the machine
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException ex) {
                throw new UncheckedIOException("The shared test PostgreSQL did not start", ex);
            }
        }
        return server;
    }

    /** A new database copied from the migrated and seeded template; its name. */
    public static synchronized String copyOfTemplate() {
        if (!templateReady) {
            createTemplate();
            templateReady = true;
        }
        String name = nextName();
        Instant start = Instant.now();
        admin().sql("create database " + name + " template " + TEMPLATE).update();
        log.info("Database {} copied from the template in {} ms", name,
                Duration.between(start, Instant.now()).toMillis());
        return name;
    }

    /** A new, empty database; its name. */
    public static synchronized String emptyDatabase() {
        String name = nextName();
        admin().sql("create database " + name).update();
        return name;
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    public static DataSource dataSource(String database) {
        return server().getDatabase("postgres", database);
    }

    /** Starts the platform once on the template database, waits for its events to settle, and stops it. */
    private static void createTemplate() {
        Instant start = Instant.now();
        admin().sql("create database " + TEMPLATE).update();
        try (ConfigurableApplicationContext seeding = new SpringApplicationBuilder(ChemSafeApplication.class)
                .profiles("test")
                .initializers(SharedDatabaseContextCustomizer.registerServer())
                .properties(SharedDatabaseContextCustomizer.DATABASE_PROPERTY + "=" + TEMPLATE,
                        "spring.main.banner-mode=off")
                // an argument, not a default property: application.yml's port 8080 would win over a default, and
                // the seeding would fail while anything else (another test run) listens there
                .run("--server.port=0")) {
            awaitCompletedEvents(JdbcClient.create(dataSource(TEMPLATE)));
        }
        admin().sql("alter database " + TEMPLATE + " with is_template true allow_connections false").update();
        log.info("Template database migrated and seeded in {} ms", Duration.between(start, Instant.now()).toMillis());
    }

    /** The demo's units are assessed after their inventories commit: the copies must not inherit that work. */
    private static void awaitCompletedEvents(JdbcClient template) {
        Instant deadline = Instant.now().plus(EVENTS_SETTLE);
        while (template.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The template's events did not complete within " + EVENTS_SETTLE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    private static String nextName() {
        return "chemsafe_" + DATABASES.incrementAndGet();
    }

    private static JdbcClient admin() {
        return JdbcClient.create(server().getPostgresDatabase());
    }
}
