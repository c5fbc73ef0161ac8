package org.chemsafe.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a random port, with the demo data, over its own database: a copy of the migrated and seeded
 * template on the one PostgreSQL of the test JVM ({@link SharedPostgres}). Test classes with the same settings share
 * one started platform (Spring's context cache), so a test creates the enterprise and users it changes
 * ({@link RegistryFixtures}, {@link TestEnterprise}, {@link TestUsers}) and never relies on another's leftovers.
 * Each distinct set of settings ({@code @TestPropertySource}, {@code @MockitoBean}, other profiles) starts another
 * platform: use one only when the test is about that setting. Tests talk to it over real HTTP through
 * {@link ApiClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface PlatformTest {
}
