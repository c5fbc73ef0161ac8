package org.chemsafe.shared.db;

import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets databases migrated before a deliberate edit of applied migrations start. Issue 6 took the permission rows
 * out of the enterprise and major hazard migrations (identity now synchronises permissions from code), which changes
 * the checksums of the versions listed here and removes two files that held nothing else. Before migrating, the
 * history is validated; if the only differences are in these versions (a changed checksum or description, a file no
 * longer present), Flyway's {@code repair()} realigns the history (new checksums, missing files marked deleted).
 * Any other difference is left to {@code migrate()}, which refuses to run, as it should for an unexpected edit.
 */
@Configuration(proxyBeanMethods = false)
class EditedMigrations {

    /** Versions edited on purpose after they were released, with the reason in the class comment. */
    static final Set<String> EDITED = Set.of("1.2.0", "1.2.1", "1.4.0", "1.4.1", "1.4.2", "1.5.0", "1.5.1");

    private static final Logger log = LoggerFactory.getLogger(EditedMigrations.class);

    @Bean
    FlywayMigrationStrategy repairEditedMigrationsThenMigrate() {
        return EditedMigrations::repairThenMigrate;
    }

    static void repairThenMigrate(Flyway flyway) {
        // pending migrations are normal here; migrate() applies them
        ValidateResult result = Flyway.configure().configuration(flyway.getConfiguration())
                .ignoreMigrationPatterns("*:pending", "*:future").load().validateWithResult();
        List<String> differing = result.invalidMigrations.stream().map(EditedMigrations::version).toList();
        if (!result.validationSuccessful && !differing.isEmpty() && EDITED.containsAll(differing)) {
            log.info("Realigning the migration history with the edited migrations {}", differing);
            flyway.repair();
        }
        flyway.migrate();
    }

    private static String version(ValidateOutput output) {
        return output.version == null ? "" : output.version;
    }
}
