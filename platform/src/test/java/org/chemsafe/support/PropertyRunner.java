package org.chemsafe.support;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded randomised tests: a property is checked for a number of generated cases, each from its own seed. The seeds
 * come from a fixed base seed, so every run checks the same cases; {@code -Dchemsafe.seed=<n>} sets another base.
 * A failure names the case's seed: with {@code -Dchemsafe.seed=<that seed>} the failing case is the first one run.
 */
public final class PropertyRunner {

    /** As many cases as jqwik's default number of tries. */
    public static final int DEFAULT_CASES = 1000;

    static final String SEED_PROPERTY = "chemsafe.seed";
    static final long DEFAULT_SEED = 18_218L;

    private PropertyRunner() {
    }

    public static void forAll(Consumer<SeededRandom> property) {
        forAll(DEFAULT_CASES, property);
    }

    public static void forAll(int cases, Consumer<SeededRandom> property) {
        long baseSeed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        SplittableRandom seeds = new SplittableRandom(baseSeed);
        for (int i = 0; i < cases; i++) {
            long seed = i == 0 ? baseSeed : seeds.nextLong();
            try {
                property.accept(new SeededRandom(seed));
            } catch (AssertionError | RuntimeException ex) {
                throw new AssertionError("Property failed at case " + (i + 1) + " of " + cases + " (seed " + seed
                        + "; run it first with -D" + SEED_PROPERTY + "=" + seed + "): " + ex.getMessage(), ex);
            }
        }
    }
}
