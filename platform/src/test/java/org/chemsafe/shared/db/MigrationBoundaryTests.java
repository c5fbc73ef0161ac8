package org.chemsafe.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No migration of one module names a table another module's migrations create: each module's folder under
 * {@code db/migration} owns the tables it creates, and every table name a migration writes, alters, references or
 * reads from must be its own module's (or a table no migration creates, such as Flyway's history).
 */
class MigrationBoundaryTests {

    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|references|table|on|truncate)\\s+(?:only\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

    /**
     * Crossings that exist in released migrations and are being removed (issue 6 §2: major hazard keeps its own read
     * model of units instead of a foreign key into hazard_unit). An entry that no longer occurs fails the test, so
     * this list only shrinks.
     */
    private static final Set<String> KNOWN_CROSSINGS = Set.of(
            "majorhazard/V1_5_1__major_hazard_sources.sql names enterprise's hazard_unit");

    @Test
    void noMigrationNamesAnotherModulesTable() throws IOException {
        Map<Path, String> migrations = migrations();
        Map<String, String> owners = new HashMap<>();
        migrations.forEach((file, sql) -> {
            Matcher created = CREATE_TABLE.matcher(sql);
            while (created.find()) {
                String previous = owners.put(created.group(1).toLowerCase(), module(file));
                assertThat(previous).as("%s created twice", created.group(1)).isIn(null, module(file));
            }
        });
        assertThat(owners).as("table ownership derived from the migrations").containsEntry("user_account", "identity")
                .containsEntry("hazard_unit", "enterprise").containsEntry("major_hazard_source", "majorhazard");

        Set<String> crossings = new TreeSet<>();
        migrations.forEach((file, sql) -> {
            Matcher named = NAMED_TABLE.matcher(sql);
            while (named.find()) {
                String owner = owners.get(named.group(1).toLowerCase());
                if (owner != null && !owner.equals(module(file))) {
                    crossings.add(module(file) + "/" + file.getFileName() + " names " + owner + "'s "
                            + named.group(1).toLowerCase());
                }
            }
        });
        assertThat(crossings).as("migrations naming another module's tables").isSubsetOf(KNOWN_CROSSINGS);
        assertThat(crossings).as("known crossings that are gone: remove them from KNOWN_CROSSINGS")
                .containsAll(KNOWN_CROSSINGS);
    }

    @Test
    void theCheckSeesAWriteIntoAnotherModulesTable() {
        String sql = withoutCommentsAndLiterals("insert into role_permission (role_code) values ('x'); -- from t9");
        Matcher named = NAMED_TABLE.matcher(sql);
        List<String> names = new ArrayList<>();
        while (named.find()) {
            names.add(named.group(1));
        }
        assertThat(names).containsExactly("role_permission");
    }

    private static Map<Path, String> migrations() throws IOException {
        // the sources, not the build output, which may still hold a file deleted since the last clean
        Path root = Path.of("src/main/resources/db/migration");
        Map<Path, String> migrations = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> migrations.put(file, read(file)));
        }
        assertThat(migrations).hasSizeGreaterThan(5);
        return migrations;
    }

    private static String read(Path file) {
        try {
            return withoutCommentsAndLiterals(Files.readString(file));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Comments and quoted values may mention any word; only the statements count. */
    private static String withoutCommentsAndLiterals(String sql) {
        return sql.replaceAll("--[^\\n]*", " ").replaceAll("'(?:[^']|'')*'", "''");
    }

    private static String module(Path file) {
        return file.getParent().getFileName().toString();
    }
}
