package org.chemsafe.enterprise.internal.unit;

/** Tank types: vertical fixed roof, external/internal floating roof, horizontal, spherical, other. */
enum TankType {
    VERTICAL_FIXED_ROOF,
    EXTERNAL_FLOATING_ROOF,
    INTERNAL_FLOATING_ROOF,
    HORIZONTAL,
    SPHERICAL,
    OTHER
}
