package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's migrations ({@code db/migration/<module>/}) and message bundle ({@code i18n/<name>.properties}) are
 * found by convention: every one on the class path is applied and resolved, none is listed by hand.
 */
@PlatformTest
class ModuleConventionsTests {

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void everyModulesMigrationsAreApplied() throws IOException {
        List<String> files = Arrays.stream(resources.getResources("classpath*:db/migration/*/V*.sql"))
                .map(Resource::getFilename).filter(Objects::nonNull).toList();
        assertThat(files).hasSizeGreaterThan(4);
        List<String> applied = jdbc.sql("select script from flyway_schema_history where success")
                .query(String.class).list();
        assertThat(applied.stream().map(script -> script.substring(script.lastIndexOf('/') + 1)))
                .containsAll(files);
    }

    @Test
    void everyBundleIsResolvedInEachLanguage() throws IOException {
        List<String> bundles = MessageBundles.basenames(resources);
        assertThat(bundles).contains("messages", "i18n/majorhazard", "i18n/registry-excel");
        for (String bundle : bundles) {
            for (String language : List.of("", "_en")) {
                Properties texts = load("classpath:" + bundle + language + ".properties");
                Locale locale = language.isEmpty() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                String key = texts.stringPropertyNames().iterator().next();
                assertThat(messages.getMessage(key, null, null, locale)).as("%s in %s", key, bundle + language)
                        .isEqualTo(texts.getProperty(key));
            }
        }
    }

    private Properties load(String location) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resources.getResource(location).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
