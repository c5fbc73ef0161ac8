package org.chemsafe.dualprevention;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A factor of a risk assessment method (domain file §5): L likelihood (事故发生可能性), E exposure (暴露频繁程度),
 * C consequence (后果, LEC), S severity (严重性, LS and MES), M state of the control measures (控制措施状态, MES).
 * JSON names them as the request does, in lower case.
 */
public enum RiskFactor {
    L, E, C, S, M;

    /** The request field carrying this factor: {@code l}, {@code e}, {@code c}, {@code s} or {@code m}. */
    @JsonValue
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
