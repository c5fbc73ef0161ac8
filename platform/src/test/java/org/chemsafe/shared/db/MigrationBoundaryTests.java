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
 * No migration or query of one module names a table another module's migrations create: each module's folder under
 * {@code db/migration} owns the tables it creates, and every table name a migration writes, alters, references or
 * reads from must be its own module's (or a table no migration creates, such as Flyway's history). The same holds for
 * the SQL in each module's Java sources ({@code org/chemsafe/<module>/**}): other modules' data comes through their
 * API or events.
 */
class MigrationBoundaryTests {

    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|references|table|on|truncate)\\s+(?:only\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern JAVA_STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

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
        assertThat(crossings).as("migrations naming another module's tables").isEmpty();
    }

    @Test
    void noQueryNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = owners(migrations());
        Path root = Path.of("src/main/java/org/chemsafe");
        Set<String> crossings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String module = root.relativize(file).getName(0).toString();
                Matcher named = NAMED_TABLE.matcher(sqlLiterals(readSource(file)));
                while (named.find()) {
                    String owner = owners.get(named.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module)) {
                        crossings.add(root.relativize(file) + " names " + owner + "'s " + named.group(1));
                    }
                }
            });
        }
        assertThat(crossings).as("queries naming another module's tables").isEmpty();
    }

    @Test
    void theQueryCheckReadsTextBlocksAndStrings() {
        String source = """
                String a = "select * from hazard_unit u where @scope(u.enterprise_id)";
                String b = \"""
                        select s.id from major_hazard_source s
                        join enterprise e on e.id = s.enterprise_id\""";
                // a comment naming from user_account is no query
                """;
        Matcher named = NAMED_TABLE.matcher(sqlLiterals(source));
        List<String> names = new ArrayList<>();
        while (named.find()) {
            names.add(named.group(1));
        }
        assertThat(names).as("table names after from/join (and aliases after on)")
                .containsExactly("hazard_unit", "major_hazard_source", "enterprise", "e");
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

    private static Map<String, String> owners(Map<Path, String> migrations) {
        Map<String, String> owners = new HashMap<>();
        migrations.forEach((file, sql) -> {
            Matcher created = CREATE_TABLE.matcher(sql);
            while (created.find()) {
                owners.put(created.group(1).toLowerCase(), module(file));
            }
        });
        return owners;
    }

    /** The string literals and text blocks of a Java source (comments aside), where its SQL lives, one per line. */
    private static String sqlLiterals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = JAVA_STRING.matcher(source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " "));
        while (literal.find()) {
            sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
        }
        return sql.toString();
    }

    private static String readSource(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
