package org.chemsafe.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The generator of one case of a {@link PropertyRunner} property: the same seed gives the same values. Like jqwik's
 * default generators, a bounded draw returns one of its edges (the bounds, and any extra edges named) now and then,
 * so limits are tried in every run, not only by luck.
 */
public final class SeededRandom {

    /** One draw in twenty is an edge value. */
    private static final int EDGE_ONE_IN = 20;

    private final long seed;
    private final SplittableRandom random;

    public SeededRandom(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** The seed this case was generated from: run it again with {@code -Dchemsafe.seed=<seed>}. */
    public long seed() {
        return seed;
    }

    /** An int in [min, max], both included. */
    public int intBetween(int min, int max) {
        if (edge()) {
            return random.nextBoolean() ? min : max;
        }
        return random.nextInt(min, max + 1);
    }

    /** A double in [min, max], both included. */
    public double doubleBetween(double min, double max) {
        if (edge()) {
            return random.nextBoolean() ? min : max;
        }
        return random.nextDouble(min, max);
    }

    /** A decimal in [min, max] with the given scale; the bounds and the extra edges are tried now and then. */
    public BigDecimal decimalBetween(BigDecimal min, BigDecimal max, int scale, BigDecimal... edges) {
        if (edge()) {
            List<BigDecimal> all = new ArrayList<>(List.of(min, max));
            all.addAll(List.of(edges));
            return oneOf(all).setScale(scale);
        }
        long low = min.movePointRight(scale).longValueExact();
        long high = max.movePointRight(scale).longValueExact();
        return BigDecimal.valueOf(random.nextLong(low, high + 1), scale);
    }

    /** One of the values, each as likely. */
    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A string of the given length over the given characters. */
    public String string(String characters, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    /** A list of min to max elements (the shortest and the longest tried now and then). */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = intBetween(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** min to max distinct constants of an enum, in declaration order. */
    public <E extends Enum<E>> List<E> distinct(Class<E> type, int minSize, int maxSize) {
        List<E> pool = new ArrayList<>(EnumSet.allOf(type));
        int size = intBetween(minSize, Math.min(maxSize, pool.size()));
        EnumSet<E> chosen = EnumSet.noneOf(type);
        while (chosen.size() < size) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }

    private boolean edge() {
        return random.nextInt(EDGE_ONE_IN) == 0;
    }
}
