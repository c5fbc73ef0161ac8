package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.chemsafe.ChemSafeApplication;
import org.chemsafe.support.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set the platform uses that PostgreSQL: no embedded database starts and no
 * demo data is seeded, but the schema is migrated and the platform administrator is created. The "external"
 * database here is a new, empty database on the tests' shared PostgreSQL.
 */
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void anExternalDatabaseIsUsedAsItIsWithoutDemoData() {
        String external = SharedPostgres.emptyDatabase();
        try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(ChemSafeApplication.class)
                .run("--spring.datasource.url=" + SharedPostgres.jdbcUrl(external),
                        "--spring.datasource.username=postgres", "--chemsafe.data-dir=" + dataDir,
                        "--chemsafe.bootstrap.admin-password=External2026!", "--server.port=0",
                        "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
            assertThat(platform.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(dataDir.resolve("postgres")).doesNotExist();
            JdbcClient jdbc = JdbcClient.create(SharedPostgres.dataSource(external));
            assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).as("no demo data")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from user_account where username = 'admin'").query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from chemical where enterprise_id is null").query(Long.class)
                    .single()).as("reference data is there").isEqualTo(85);
        }
    }
}
