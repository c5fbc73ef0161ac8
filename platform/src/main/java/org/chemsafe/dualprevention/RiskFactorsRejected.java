package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.List;

/**
 * The factors of a calculation that cannot be used: a factor of the method that is missing or not one of its table
 * values, or a factor the method does not use.
 */
public class RiskFactorsRejected extends RuntimeException {

    private final RiskMethod method;
    private final List<Rejection> rejections;

    public RiskFactorsRejected(RiskMethod method, List<Rejection> rejections) {
        super(method + ": " + rejections);
        this.method = method;
        this.rejections = List.copyOf(rejections);
    }

    public RiskMethod method() {
        return method;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    /** Why a factor is rejected. */
    public enum Reason {
        MISSING, NOT_IN_TABLE, NOT_USED
    }

    /** One rejected factor; {@code allowed} lists the method's table values for the factor (none when not used). */
    public record Rejection(RiskFactor factor, Reason reason, List<BigDecimal> allowed) {
    }
}
