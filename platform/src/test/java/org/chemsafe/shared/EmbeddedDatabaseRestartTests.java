package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.chemsafe.ChemSafeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps its data directory across restarts of the platform, and stops cleanly after the rest
 * of the platform has closed. This is the one test that lets the platform start and stop its own embedded PostgreSQL
 * (in a temporary data directory), as a default run does; every other test context uses the shared test server.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart(CapturedOutput output) {
        String marker = "restart-" + UUID.randomUUID();
        ConfigurableApplicationContext first = start();
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        jdbc.sql("insert into region (code, name, level, path) values ('990000', :name, 'PROVINCE', '990000')")
                .param("name", marker).update();
        int beforeClose = output.length();
        first.close();
        assertThat(output.toString().substring(beforeClose)).as("closed quietly, the database last")
                .doesNotContain("WARN", "ERROR");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient again = second.getBean(JdbcClient.class);
            assertThat(again.sql("select name from region where code = '990000'").query(String.class).single())
                    .isEqualTo(marker);
            assertThat(again.sql("select count(*) from user_account where username = 'admin'").query(Long.class)
                    .single()).as("bootstrapped once, not again").isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ChemSafeApplication.class)
                .run("--chemsafe.data-dir=" + dataDir, "--chemsafe.demo.enabled=false",
                        "--chemsafe.bootstrap.admin-password=Restart2026!", "--spring.main.banner-mode=off", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
