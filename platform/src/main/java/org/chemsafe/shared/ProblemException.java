package org.chemsafe.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the platform refuses for a reason the caller can fix, answered as an RFC 9457 problem of the given type.
 * The detail is a message key with arguments, resolved in the caller's language; extra properties (e.g. the time an
 * account stays locked) are added to the problem body.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final Object[] detailArgs;
    private final Map<String, Object> properties;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, Map.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemType type, Map<String, Object> properties, String detailKey, Object... detailArgs) {
        super(detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs.clone();
        this.properties = Map.copyOf(properties);
    }

    /** 404 for a resource that does not exist or lies outside the caller's scope (never leaked). */
    public static ProblemException notFound(String resource, @Nullable Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail", resource, String.valueOf(id));
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, args);
    }

    public static ProblemException ruleViolation(String detailKey, Object... args) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detailKey, args);
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detailKey, args);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
