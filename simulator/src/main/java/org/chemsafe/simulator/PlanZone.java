package org.chemsafe.simulator;

import java.util.List;

/**
 * A zone of the demo site plan, in the plan's pixels: a unit's, tank farm's or warehouse's fenced area, its kind (as
 * the platform's area kinds: PRODUCTION, STORAGE, LOADING, OFFICE), whether fire or explosion hazards are present,
 * and the tanks drawn in it (circles: code, centre, radius).
 */
public record PlanZone(String code, String name, String kind, boolean fireExplosionHazard, int x, int y, int width,
        int height, List<Tank> tanks) {

    /** A tank drawn on the plan. */
    public record Tank(String code, int centreX, int centreY, int radius) {
    }
}
