package org.chemsafe.support;

import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every whole-application test context ({@code @SpringBootTest}, so {@link PlatformTest}, and Spring
 * Modulith's {@code @ApplicationModuleTest}) a database on the shared test PostgreSQL. Slice tests are left alone.
 * Registered in {@code META-INF/spring.factories} of the test resources.
 */
class SharedDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    private static final String MODULE_TEST = "org.springframework.modulith.test.ApplicationModuleTest";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        MergedAnnotations annotations = MergedAnnotations.search(SearchStrategy.TYPE_HIERARCHY)
                .withEnclosingClasses(type -> true).from(testClass);
        boolean wholeApplication = annotations.isPresent(SpringBootTest.class) || annotations.isPresent(MODULE_TEST);
        return wholeApplication ? new SharedDatabaseContextCustomizer() : null;
    }
}
