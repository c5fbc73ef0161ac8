package org.chemsafe.alarm;

import java.util.Objects;
import java.util.UUID;

/** The object an alarm is about: a monitoring point, a positioning tag, a camera, a permit, … */
public record Originator(OriginatorType type, UUID id) {

    public Originator {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Originator point(UUID pointId) {
        return new Originator(OriginatorType.POINT, pointId);
    }
}
