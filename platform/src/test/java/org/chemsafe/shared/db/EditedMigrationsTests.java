package org.chemsafe.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.chemsafe.support.PlatformTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database migrated before the permission rows left the enterprise and major hazard migrations still starts; an
 * unexpected edit of any other migration is still refused. Each test migrates its own database on the platform's
 * PostgreSQL and then rewrites its history as an older release would have left it.
 */
@PlatformTest
class EditedMigrationsTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHistoryFromBeforeTheEditIsRealignedAndMigrated() throws SQLException {
        Flyway flyway = migratedDatabase("edited_history_ok");
        JdbcClient history = JdbcClient.create(flyway.getConfiguration().getDataSource());
        history.sql("update flyway_schema_history set checksum = checksum + 1 where version in ('1.4.0', '1.5.1')")
                .update();
        history.sql("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                select max(installed_rank) + 1, '1.2.1', 'enterprise permissions', 'SQL',
                    'V1_2_1__enterprise_permissions.sql', 42, 'chemsafe', 1, true from flyway_schema_history""").update();
        assertThatThrownBy(flyway::migrate).as("plain Flyway refuses the old history").isInstanceOf(FlywayException.class);

        EditedMigrations.repairThenMigrate(flyway);

        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(history.sql("select type from flyway_schema_history where version = '1.2.1' order by installed_rank")
                .query(String.class).list()).as("the missing file is marked deleted").contains("DELETE");
    }

    @Test
    void anyOtherEditIsStillRefused() throws SQLException {
        Flyway flyway = migratedDatabase("edited_history_refused");
        JdbcClient.create(flyway.getConfiguration().getDataSource())
                .sql("update flyway_schema_history set checksum = checksum + 1 where version = '1.1.0'").update();
        assertThatThrownBy(() -> EditedMigrations.repairThenMigrate(flyway)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("1.1.0");
    }

    private Flyway migratedDatabase(String name) throws SQLException {
        jdbc.sql("drop database if exists " + name).update();
        jdbc.sql("create database " + name).update();
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            user = connection.getMetaData().getUserName();
        }
        Flyway flyway = Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration").load();
        flyway.migrate();
        return flyway;
    }
}
